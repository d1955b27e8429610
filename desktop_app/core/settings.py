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
    choices: dict[str, str] | None = None


LANGUAGE = SettingSpec("ui.language", str, "zh_CN", "Interface language", LANGUAGES)
ALL = {s.key: s for s in (LANGUAGE,)}


def coerce(spec: SettingSpec, value: object) -> object:
    """The stored value as the declared type, or the default when it does not fit."""
    try:
        value = spec.type(value)
    except (TypeError, ValueError):
        return spec.default
    if spec.choices is not None and value not in spec.choices:
        return spec.default
    return value
