"""The packaging files fit the tree: the icon is made from the SVG, the spec names real folders."""

import re
import sys

from tests.conftest import ROOT


def test_icon_is_made_from_the_svg(tmp_path, qapp):
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import build
    finally:
        sys.path.pop(0)
    from desktop_app.gui.qt import QImage

    ico = build.make_icon(tmp_path / "app.ico")
    image = QImage(str(ico))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(128, 128).alpha() == 255  # the shield, not a blank


def test_spec_ships_resources_and_migrations():
    spec = (ROOT / "installer" / "foodsafety-desk.spec").read_text(encoding="utf-8")
    for folder in re.findall(r'ROOT / "(\w+)"\), "\w+"', spec):
        assert (ROOT / folder).is_dir(), folder
    assert '"resources"' in spec and '"db"' in spec
    assert 'collect_submodules("desktop_app")' in spec  # pages are imported by name, unseen by the analysis
    assert (ROOT / "installer" / "launcher.py").exists()
    iss = (ROOT / "installer" / "foodsafety-desk.iss").read_text(encoding="utf-8")
    assert "--self-test" in iss and "FoodSafetyDesk.exe" in iss
