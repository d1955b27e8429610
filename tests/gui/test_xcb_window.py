"""The windowed program on a real X display (Xvfb), through Qt's xcb plugin as a Linux desktop runs it:
the libraries the README names next to the run command are all the plugin needs."""

import os
import shutil
import subprocess
import time

import pytest

from desktop_app.gui.qt import QColor, QImage
from tests.conftest import run_cli_process

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (.ci/run installs it)")


@pytest.fixture
def display(tmp_path):
    for number in range(91, 120):
        if not os.path.exists(f"/tmp/.X11-unix/X{number}") and not os.path.exists(f"/tmp/.X{number}-lock"):
            break
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not os.path.exists(f"/tmp/.X11-unix/X{number}"):
        assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=20)


def test_the_window_opens_on_a_real_x_display(display, tmp_path):
    data = tmp_path / "d"
    assert run_cli_process("demo", "--scale", "small", data_dir=data).returncode == 0
    out = tmp_path / "home.png"
    env = {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_DEBUG_PLUGINS": "0"}
    result = run_cli_process(
        "screenshot", "--page", "home", "--width", "1366", "--height", "768", "--out", str(out), data_dir=data, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "could not load the Qt platform plugin" not in result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    nav = [QColor(image.pixel(x, y)) for x in range(10, 140, 4) for y in range(10, 300, 4)]
    assert sum(1 for c in nav if c.blue() > c.red() + 40) > 500  # the dark blue navigation bar was drawn
