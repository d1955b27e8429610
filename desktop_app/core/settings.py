"""The program's settings, declared once with type, default and label."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.i18n import LANGUAGES, mark


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: object
    label: str  # English source text (context "Settings"), translated where shown
    choices: dict[str, str] | None = None


LANGUAGE = SettingSpec("ui.language", str, "zh_CN", mark("Settings", "Interface language"), LANGUAGES)

# -- 公文格式: what frames the documents the office sends up (the bulletin, the 自查自评报告) -----------
MASTHEAD = SettingSpec(
    "paper.masthead", str, "", mark("Settings", "Masthead text (发文机关标志)")
)  # blank: campaign + 工作通报
MASTHEAD_STYLE = SettingSpec(
    "paper.masthead_style",
    str,
    "red",
    mark("Settings", "Masthead (版头)"),
    {"red": "In red", "black": "In black", "none": "No masthead"},
)
ISSUE_FORMAT = SettingSpec("paper.issue_format", str, "第{n}期", mark("Settings", "Issue number (期号) format"))
COPY_TO = SettingSpec("paper.copy_to", str, "", mark("Settings", "Copies to (抄送)"))
PRINTED_BY = SettingSpec("paper.printed_by", str, "", mark("Settings", "Printed by (印发机关)"))  # blank: the office
PAPER = (MASTHEAD, MASTHEAD_STYLE, ISSUE_FORMAT, COPY_TO, PRINTED_BY)

# -- server mode: where the evidence files of a campaign on a server are kept ---------------------------
STORE_FOLDER = SettingSpec("store.folder", str, "", mark("Settings", "Shared evidence folder"))  # \\服务器\创建材料
#: "folder" (the shared folder above) or "database" (inside the server's database, storage.blobstore)
STORE_KIND = SettingSpec("store.kind", str, "folder", mark("Settings", "Where the evidence files are kept"))
IN_DATABASE = "database"

# -- the monthly cycle ---------------------------------------------------------------------------------
#: The day from which the office tracks the units' reports (ISO date; blank: the day the campaign was
#: set up): a round due before it that no report came in for is 未跟踪, not 未报.
TRACKED_SINCE = SettingSpec("monthly.tracked_since", str, "", mark("Settings", "Reports tracked from"))

ALL = {s.key: s for s in (LANGUAGE, *PAPER, STORE_FOLDER, STORE_KIND, TRACKED_SINCE)}


def coerce(spec: SettingSpec, value: object) -> object:
    """The stored value as the declared type, or the default when it does not fit."""
    try:
        value = spec.type(value)
    except (TypeError, ValueError):
        return spec.default
    if spec.choices is not None and value not in spec.choices:
        return spec.default
    return value
