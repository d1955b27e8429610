"""The program's settings, declared once with type, default and label."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.i18n import LANGUAGES


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: object
    label: str  # English source text, translated where shown
    choices: dict | None = None


LANGUAGE = SettingSpec("ui.language", str, "zh_CN", "Interface language", LANGUAGES)
DATE_STYLE = SettingSpec(
    "report.date_style",
    str,
    "chinese",
    "Dates in documents",
    {"chinese": "二〇二五年三月二十六日", "arabic": "2025年3月26日"},
)
BACKUP_REMINDER_DAYS = SettingSpec("backup.reminder_days", int, 7, "Remind me to back up after (days)")

ALL = {s.key: s for s in (LANGUAGE, DATE_STYLE, BACKUP_REMINDER_DAYS)}


def coerce(spec: SettingSpec, value: object) -> object:
    """The stored value as the declared type, or the default when it does not fit."""
    try:
        value = spec.type(value)
    except (TypeError, ValueError):
        return spec.default
    if spec.choices is not None and value not in spec.choices:
        return spec.default
    return value
