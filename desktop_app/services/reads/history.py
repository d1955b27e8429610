"""The history (audit trail) read back for people, in their words: what changed, when, by whom."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop_app.core.i18n import mark, tr
from desktop_app.core.rounds import round_label
from desktop_app.storage.plain import Run, Source, as_datetime, as_json

# which recorded field names the thing that changed
_NAME_FIELDS = ("name", "title", "alias", "code", "key")

# The words for what happened and to what; every audited table has its name (a test checks).
ACTIONS = {
    "create": mark("History", "added"),
    "update": mark("History", "changed"),
    "delete": mark("History", "deleted"),
    "import": mark("History", "imported"),
    "restore": mark("History", "restored"),
    "move": mark("History", "moved"),
    "login": mark("History", "logged in"),
    "login_failed": mark("History", "failed to log in"),
}
ENTITIES = {
    "unit": mark("History", "unit"),
    "unit_alias": mark("History", "unit alias"),
    "campaign": mark("History", "campaign"),
    "phase": mark("History", "phase"),
    "rule_set": mark("History", "rule set"),
    "task": mark("History", "task"),
    "setting": mark("History", "setting"),
    "demo": mark("History", "demo data"),
    "evidence": mark("History", "evidence"),
    "item_mark": mark("History", "evidence mark"),
    "item_assignment": mark("History", "responsibility for an item"),
    "monthly_report": mark("History", "monthly report"),
    "monthly_bulletin": mark("History", "monthly bulletin text"),
    "report_archive": mark("History", "archived report"),
    "backup": mark("History", "backup"),
    "app_user": mark("History", "user"),
    "assess_score": mark("History", "self-assessment score"),
    "assess_veto": mark("History", "veto item"),
    "metric_value": mark("History", "measured value"),
    "inspection": mark("History", "inspection"),
    "finding": mark("History", "finding to rectify"),
    "assess_snapshot": mark("History", "self-assessment snapshot"),
    "report_round": mark("History", "reporting round"),
}
FIELDS = {
    "name": mark("History", "name"),
    "kind": mark("History", "type"),
    "leader": mark("History", "leader in charge"),
    "liaison": mark("History", "liaison"),
    "phone": mark("History", "phone"),
    "note": mark("History", "note"),
    "active": mark("History", "status"),
    "region": mark("History", "region"),
    "level": mark("History", "level"),
    "population": mark("History", "population"),
    "start_date": mark("History", "start"),
    "end_date": mark("History", "end"),
    "report_due_day": mark("History", "report due day"),
    "report_cycle": mark("History", "reporting cycle"),
    "due": mark("History", "due"),
    "scope": mark("History", "asks for"),
    "office": mark("History", "issuing office"),
    "rule_set_id": mark("History", "rule set"),
    "value": mark("History", "value"),
    "title": mark("History", "title"),
    "doc_no": mark("History", "document number"),
    "doc_date": mark("History", "document date"),
    "category": mark("History", "category"),
    "period": mark("History", "period"),
    "public": mark("History", "public or internal"),
    "item_id": mark("History", "item"),
    "unit_id": mark("History", "unit"),
    "review_state": mark("History", "review"),
    "review_comment": mark("History", "review comment"),
    "deleted_at": mark("History", "recycle bin"),
    "state": mark("History", "state"),
    "status": mark("History", "status"),
    "progress": mark("History", "progress"),
    "deadline": mark("History", "deadline"),
    "deadline_text": mark("History", "deadline"),
    "supervised": mark("History", "督办"),
    "submitted_at": mark("History", "day sent"),
    "summary": mark("History", "summary"),
    "number": mark("History", "issue number"),
    "issue_date": mark("History", "date of issue"),
    "overview": mark("History", "overview"),
    "problems": mark("History", "problems"),
    "next_steps": mark("History", "next steps"),
    "score": mark("History", "score"),
    "basis": mark("History", "basis"),
}


@dataclass
class Change:
    at: dt.datetime  # local time
    actor: str
    action: str  # create / update / delete / import
    entity: str  # table name, e.g. unit
    entity_id: str
    label: str  # the name of what changed, where the trail has it
    fields: list[str]  # for updates: the fields that changed


def describe(change: Change) -> str:
    """One line for a change, e.g. 修改 成员单位“市科技局”：状态 or 新增 月度报送“市食安办 2026年10月”."""
    action = tr("History", ACTIONS.get(change.action, "changed"))
    entity = tr("History", ENTITIES.get(change.entity, mark("History", "record")))
    text = f"{action} {entity}"
    if change.label:
        text += f"“{change.label}”"
    fields = list(dict.fromkeys(tr("History", FIELDS[f]) for f in change.fields if f in FIELDS))
    if fields:
        text += tr("History", ": {0}").format("、".join(fields))
    return text


def _local(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _stored_time(local: dt.datetime) -> str:
    """A local time as the history stores it (UTC, as SQLite's text and as a server reads it)."""
    return local.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", timespec="microseconds")


#: The audited tables whose rows have a name of their own, and the columns that hold it (first
#: filled one wins, in the order of ``_NAME_FIELDS``); a test checks it against the models.
NAME_COLUMNS: dict[str, tuple[str, ...]] = {
    "report_round": ("name", "key"),
    "phase": ("name",),
    "evidence": ("title",),
    "rs_point": ("name", "code"),
    "app_user": ("name",),
    "monthly_row": ("title",),
    "assess_snapshot": ("name",),
    "task": ("title", "code"),
    "rs_category": ("name", "code"),
    "rule_set": ("name", "code"),
    "unit": ("name", "key"),
    "report_archive": ("title",),
    "campaign": ("name",),
    "unit_alias": ("alias", "key"),
}


@dataclass
class _Entry:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _label(entry: _Entry) -> str:
    for values in (entry.after or {}, entry.before or {}):
        for key in _NAME_FIELDS:
            if values.get(key):
                return str(values[key])
    return ""


class _Names:
    """Names of the units and items an entry refers to by id, looked up once per read."""

    def __init__(self, run: Run):
        self.run = run
        self._units: dict[int, str] | None = None
        self._items: dict[int, int] | None = None

    def unit(self, unit_id: object) -> str:
        if self._units is None:
            self._units = dict(self.run("SELECT id, name FROM unit"))
        return self._units.get(unit_id, "") if isinstance(unit_id, int) else ""

    def item(self, item_id: object) -> str:
        if self._items is None:
            self._items = dict(self.run("SELECT id, no FROM rs_item"))
        no = self._items.get(item_id) if isinstance(item_id, int) else None
        return f"({no})" if no is not None else ""


def _values(entry: _Entry) -> dict[str, Any]:
    return {**(entry.before or {}), **(entry.after or {})}


#: Settings the program keeps for itself, by the words a clerk knows them by (the office's own
#: settings are named by their label in core.settings).
OWN_SETTINGS = {
    "backup.last": mark("History", "the last backup"),
    "evidence.last_verify": mark("History", "the last check of the evidence files"),
    "users.enabled": mark("History", "users and roles on or off"),
    "users.recovery": mark("History", "the recovery code"),
    "units.collective_names": mark("History", "the collective names remembered"),
    "monthly.forms_written": mark("History", "the fill-in forms last written"),
    "home.first_steps_hidden": mark("History", "the first steps hidden on 首页"),
}

#: Records named by what they belong to, and the columns that say it (read from the row as it is now
#: where an update recorded only what changed).
_DESCRIBED_BY = {
    "setting": ("key",),
    "inspection": ("kind", "date"),
    "finding": ("unit_id", "text"),
    "assess_score": ("point_code", "item_no", "score"),
    "metric_value": ("metric", "period", "typed", "value"),
}


def _setting_label(key: str) -> str:
    from desktop_app.core.settings import ALL

    if key in ALL:
        return tr("Settings", ALL[key].label)
    if key in OWN_SETTINGS:
        return tr("History", OWN_SETTINGS[key])
    return key


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, int | float) else str(value or "")


def _own_label(entry: _Entry, names: _Names, run: Run | None = None) -> str:
    """A label for records named by what they belong to rather than by a name of their own."""
    values = _values(entry)
    wanted = _DESCRIBED_BY.get(entry.entity, ())
    if run is not None and entry.entity_id.isdigit() and any(c not in values for c in wanted):
        found = run(f"SELECT {', '.join(wanted)} FROM {entry.entity} WHERE id = ?", (int(entry.entity_id),))
        if found:
            values = {**dict(zip(wanted, found[0], strict=True)), **values}
    if entry.action in ("login", "login_failed"):
        return entry.entity_id  # the person
    if entry.entity == "setting":  # its id is its key
        return _setting_label(str(values.get("key") or entry.entity_id))
    if entry.entity == "inspection":
        return " ".join(str(values[c]) for c in ("kind", "date") if values.get(c))
    if entry.entity == "finding":
        text = str(values.get("text") or "")
        text = text if len(text) <= 30 else text[:30] + "…"
        return "：".join(p for p in (names.unit(values.get("unit_id")), text) if p)
    if entry.entity == "assess_score":
        item, point = values.get("item_no"), values.get("point_code")
        where = f"（{item}）" if item else tr("History", "point {0}").format(point) if point else ""
        score = tr("History", "{0} points").format(_number(values["score"])) if "score" in values else ""
        return where + score if where.endswith("）") else " ".join(p for p in (where, score) if p)
    if entry.entity == "assess_veto":
        item = entry.entity_id.rpartition("/")[2]
        return f"（{item}）{values.get('state', '')}" if item.isdigit() else str(values.get("state", ""))
    if entry.entity == "metric_value":
        return " ".join(
            p for p in (_metric_name(str(values.get("metric") or "")), str(values.get("period") or ""),
                        str(values.get("typed") or _number(values.get("value")))) if p
        )  # fmt: skip
    month = values.get("month")
    month_text = round_label(month) if isinstance(month, str) else ""
    if entry.entity == "monthly_report":
        return " ".join(p for p in (names.unit(values.get("unit_id")), month_text) if p)
    if entry.entity == "monthly_bulletin":
        return month_text
    if entry.entity in ("item_assignment", "item_mark"):
        return " ".join(p for p in (names.item(values.get("item_id")), names.unit(values.get("unit_id"))) if p)
    return ""


def _metric_name(code: str) -> str:
    """A measured target by its name in the rule set (群众食品安全满意度), the code where unknown."""
    from desktop_app.services.metrics import defined

    return next((m.name for m in defined() if m.code == code), code)


def _current_name(run: Run, entity: str, entity_id: str) -> str:
    columns = NAME_COLUMNS.get(entity)
    if not columns or not entity_id.isdigit():
        return ""
    found = run(f"SELECT {', '.join(columns)} FROM {entity} WHERE id = ?", (int(entity_id),))
    return next((str(value) for value in found[0] if value), "") if found else ""


def recent(source: Source, limit: int = 10) -> list[Change]:
    """The latest changes, newest first; an update's label is looked up when it changed no name."""
    return search(source, limit=limit)


def search(
    source: Source,
    *,
    actor: str | None = None,
    entity: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    words: str = "",
    limit: int = 5000,
) -> list[Change]:
    """Changes newest first, by who made them, what kind of record, between two days (local time,
    both included) and with ``words`` in their description (a unit's name, a task's title …)."""
    where: list[str] = []
    params: list[Any] = []
    if actor:
        where.append("actor = ?")
        params.append(actor)
    if entity:
        where.append("entity = ?")
        params.append(entity)
    if since is not None:
        where.append("at >= ?")
        params.append(_stored_time(dt.datetime.combine(since, dt.time())))
    if until is not None:
        where.append("at < ?")
        params.append(_stored_time(dt.datetime.combine(until + dt.timedelta(days=1), dt.time())))
    sql = "SELECT id, at, actor, action, entity, entity_id, CAST(before AS TEXT), CAST(after AS TEXT) FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    # newest first by the time index (with the id, which the index holds): no sort of the whole range
    sql += f" ORDER BY at DESC, id DESC LIMIT {int(limit if not words else limit * 10)}"
    found = _changes(source, sql, params)
    if words:
        needle = words.strip().casefold()
        found = [c for c in found if needle in (describe(c) + c.actor + c.label).casefold()][:limit]
    return found


def _changes(source: Source, sql: str, params: list[Any]) -> list[Change]:
    with source.reading() as run:
        entries = [
            _Entry(eid, _when(at), actor, action, entity, entity_id, as_json(before), as_json(after))
            for eid, at, actor, action, entity, entity_id, before, after in run(sql, params)
        ]
        names = _Names(run)
        labels: dict[int, str] = {}
        for entry in entries:
            label = _own_label(entry, names, run) or _label(entry)
            if not label and entry.action == "update":
                label = _current_name(run, entry.entity, entry.entity_id)
            labels[entry.id] = label
    return [
        Change(
            at=_local(e.at),
            actor=e.actor,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            label=labels[e.id],
            fields=sorted((e.after or {}).keys()) if e.action == "update" else [],
        )
        for e in entries
    ]


def _when(value: Any) -> dt.datetime:
    at = as_datetime(value)
    if at is None:
        raise ValueError("a history entry without its time")
    return at


def last_change(source: Source) -> tuple[int, str, dt.datetime | None]:
    """The newest entry of the history — (its number, who, when in local time) — or (0, "", None):
    a window on a campaign others work on too compares it now and then to know when to read anew."""
    with source.reading() as run:
        found = run("SELECT id, actor, at FROM audit_log ORDER BY id DESC LIMIT 1")
    if not found:
        return 0, "", None
    eid, actor, at = found[0]
    when = as_datetime(at)
    return int(eid), actor or "", _local(when) if when is not None else None


def actors(source: Source) -> list[str]:
    """Everyone the history names, in name order."""
    with source.reading() as run:
        return sorted(a for (a,) in run("SELECT DISTINCT actor FROM audit_log") if a)


def entry(source: Source, entry_id: int) -> Change | None:
    """One entry of the history, described as the history page shows it (None when there is none)."""
    sql = (
        "SELECT id, at, actor, action, entity, entity_id, CAST(before AS TEXT), CAST(after AS TEXT) FROM audit_log"
        " WHERE id = ?"
    )
    found = _changes(source, sql, [int(entry_id)])
    return found[0] if found else None
