"""Entry point of the frozen program (PyInstaller): the same ``main`` as ``foodsafety-desk``."""

import multiprocessing
import sys

from desktop_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the text reader runs as a child process of the frozen program
    sys.exit(main())
