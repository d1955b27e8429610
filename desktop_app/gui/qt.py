"""The one place the GUI imports Qt from, so a PySide6 difference is handled once.

Keep to Qt API available in 6.8: older Chinese Linux office systems cannot install newer.
"""

from PySide6 import __version__ as PYSIDE_VERSION  # noqa: F401
from PySide6.QtCore import *  # noqa: F403
from PySide6.QtGui import *  # noqa: F403
from PySide6.QtWidgets import *  # noqa: F403
