"""The first hour's checklist on 首页: what a new office does after setting up its campaign, each step
ticked from the data (not from what the clerk clicked), until all are done or the office hides it."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.i18n import mark, tr
from desktop_app.services.reads.settings import stored
from desktop_app.storage.plain import Source, as_json

#: Kept when the office writes fill-in forms (services.monthly.write_templates), and when it hides the list.
FORMS_WRITTEN_KEY = "monthly.forms_written"
HIDDEN_KEY = "home.first_steps_hidden"

STEPS = (  # key, words, the page that does it
    ("units", mark("FirstSteps", "Import the member units"), "units"),
    ("tasks", mark("FirstSteps", "Import the task breakdown table"), "tasks"),
    ("cycle", mark("FirstSteps", "Set how the units report"), "settings"),
    ("forms", mark("FirstSteps", "Write this round's fill-in forms"), "monthly"),
    ("evidence", mark("FirstSteps", "File the first evidence"), "evidence"),
    ("backup", mark("FirstSteps", "Set up backups"), "evidence"),
)


@dataclass(frozen=True)
class Step:
    key: str
    text: str
    page: str
    done: bool


def first_steps(source: Source) -> list[Step]:
    """The steps with what the data says of each; empty once the office has hidden the list."""
    if stored(source, HIDDEN_KEY):
        return []
    with source.reading() as run:
        units = run("SELECT COUNT(*) FROM unit")[0][0]
        tasks = run("SELECT COUNT(*) FROM task")[0][0]
        evidence = run("SELECT COUNT(*) FROM evidence")[0][0]
        rounds = run("SELECT COUNT(*) FROM report_round")[0][0]
        reports = run("SELECT COUNT(*) FROM monthly_report")[0][0]
        keys = {k for (k,) in run("SELECT key FROM setting")}
        changed = run("SELECT CAST(after AS TEXT) FROM audit_log WHERE entity = 'campaign' AND action = 'update'")
    cycle_set = (
        rounds > 0
        or "monthly.tracked_since" in keys
        or any({"report_cycle", "report_due_day"} & set(as_json(after) or {}) for (after,) in changed)
    )
    done = {
        "units": units > 0,
        "tasks": tasks > 0,
        "cycle": cycle_set,
        "forms": FORMS_WRITTEN_KEY in keys or reports > 0,
        "evidence": evidence > 0,
        "backup": "backup.last" in keys,
    }
    return [Step(key, tr("FirstSteps", text), page, done[key]) for key, text, page in STEPS]
