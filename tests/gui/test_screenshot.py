"""``foodsafety-desk screenshot`` renders a page of the current data offscreen to a PNG."""

from desktop_app.gui.qt import QColor, QImage
from tests.conftest import run_cli, run_cli_process


def test_screenshot_of_every_page_on_demo_data(tmp_path):
    data = tmp_path / "d"
    assert run_cli("demo", "--scale", "small", data_dir=data).returncode == 0
    for page in ("home", "indicators", "tasks", "monthly", "evidence", "reports", "units", "settings"):
        out = tmp_path / f"{page}.png"
        run = run_cli_process if page == "home" else run_cli  # one real start in a child process
        result = run("screenshot", "--page", page, "--out", str(out), data_dir=data)
        assert result.returncode == 0, result.stderr
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1280, 800)
        # the navigation bar is dark blue with light text on it
        nav = [QColor(image.pixel(x, y)) for x in range(10, 140) for y in range(10, 300)]
        assert sum(1 for c in nav if c.lightness() > 200) > 200, page
        assert sum(1 for c in nav if c.blue() > c.red() + 40) > 10_000, page


def test_screenshot_with_a_bad_page_name(tmp_path):
    result = run_cli("screenshot", "--page", "nowhere", "--out", str(tmp_path / "x.png"), data_dir=tmp_path / "d")
    assert result.returncode == 2 and "nowhere" in result.stderr
    assert not (tmp_path / "x.png").exists()
