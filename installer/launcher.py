"""Entry point of the frozen program (PyInstaller): the same ``main`` as ``foodsafety-desk``."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
