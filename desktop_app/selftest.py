"""``foodsafety-desk --self-test``: proves that a build (frozen or not) has all its parts.

Checks, in a temporary data folder: the database and its migrations, the shipped rule set,
writing a workbook, the bundled CJK font (its glyphs, offscreen) and the Chinese catalogue.
Prints one line per check and exits 0 only when every check passed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.core import i18n
    from desktop_app.core.i18n import tr
    from desktop_app.services import campaigns, rulesets
    from desktop_app.storage.database import Database

    checks: list[tuple[str, bool]] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp))
        try:
            campaigns.create(db, name="自检", region="自检市", population=1000)
            rs = rulesets.load(db)
            checks.append((tr("SelfTest", "database and rule set"), len(rs.items()) == 94 and rs.total_score == 120))
            path = rulesets.export_xlsx(db, Path(tmp) / "rs.xlsx")
            checks.append((tr("SelfTest", "workbook"), path.stat().st_size > 10_000))
        finally:
            db.close()
    language = i18n.language()
    i18n.set_language("zh_CN")
    catalogue = i18n.tr("HomePage", "Home") == "首页"
    i18n.set_language(language)
    checks.append((tr("SelfTest", "translations"), catalogue))

    from desktop_app.gui.qt import QApplication, QFont
    from desktop_app.gui.resources import covers, register_fonts

    app = QApplication.instance() or QApplication([])
    families = register_fonts()
    checks.append(
        (
            tr("SelfTest", "Chinese font"),
            bool(families) and covers(QFont(families[0]), "食安创建工作台评价细则〇一二三"),
        )
    )
    del app
    for name, ok in checks:
        print(tr("SelfTest", "{0}: ok").format(name) if ok else tr("SelfTest", "{0}: FAILED").format(name))
    return 0 if all(ok for _, ok in checks) else 1
