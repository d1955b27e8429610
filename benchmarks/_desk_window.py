"""The program's real start-up, through the ``foodsafety-desk`` entry point: prints 'shown' when
the window is painted and 'ready' when its pages are filled from the database, then quits."""

import functools
import sys
import time

from desktop_app import cli
from desktop_app.gui import app as gui_app

start = float(sys.argv[2])


def shown(window) -> None:
    print(f"shown {time.time() - start:.4f}", flush=True)


def ready(window) -> None:
    from desktop_app.gui.qt import QApplication

    print(f"ready {time.time() - start:.4f}", flush=True)
    QApplication.quit()


gui_app.run = functools.partial(gui_app.run, on_shown=shown, on_ready=ready)
sys.exit(cli.main(["--data-dir", sys.argv[1]]))
