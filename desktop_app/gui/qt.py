"""The one place the GUI imports Qt from, so a PySide6 difference is handled once.

``from desktop_app.gui.qt import QLabel`` resolves the name on first use (PEP 562): PySide6
creates a class only when it is first asked for, and importing a long list of names up
front costs a quarter of the start-up time.  Keep to Qt API available in 6.8: older Chinese
Linux office systems cannot install newer PySide6.
"""

import datetime
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

_MODULES = (QtWidgets, QtGui, QtCore)


def to_date(value: "QtCore.QDate") -> datetime.date:
    """A QDate (from a date widget) as a Python date."""
    return datetime.date(value.year(), value.month(), value.day())


def qdate(value: datetime.date) -> "QtCore.QDate":
    return QtCore.QDate(value.year, value.month, value.day)


def alive(obj) -> bool:
    """Whether the C++ side of a Qt object still exists (a closed page's widgets may be gone)."""
    import shiboken6

    return obj is not None and shiboken6.isValid(obj)


def __getattr__(name: str):
    if name.startswith("__"):  # import machinery asks for __path__ and the like
        raise AttributeError(name)
    for module in _MODULES:
        value = getattr(module, name, None)
        if value is not None:
            globals()[name] = value
            return value
    if name in ("QPrinter", "QPrintDialog", "QPrinterInfo"):  # loaded only when printing
        from PySide6 import QtPrintSupport

        value = globals()[name] = getattr(QtPrintSupport, name)
        return value
    raise AttributeError(f"Qt has no name {name!r}")


if TYPE_CHECKING:  # for editors and type checkers; at run time names resolve lazily
    from PySide6.QtCore import *  # noqa: F403
    from PySide6.QtGui import *  # type: ignore[assignment]  # noqa: F403
    from PySide6.QtWidgets import *  # type: ignore[assignment]  # noqa: F403
