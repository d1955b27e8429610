"""Qt side of translation: a QTranslator answering from the shared catalogue (core.i18n)."""

from __future__ import annotations

from desktop_app.core import i18n
from desktop_app.gui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator


class CatalogTranslator(QTranslator):
    """Answers every ``tr()`` from the .ts catalogue, so no compiled .qm is needed."""

    def translate(
        self, context: str | None, source_text: str | None, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None becomes a null QString, which tells Qt "not translated here"; "" would blank the text.
        return i18n.lookup(context or "", source_text or "")

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str, *, qt_dialogs: bool = True) -> str:
    """Load ``language`` for the core catalogue and, with ``qt_dialogs``, Qt's own texts
    (standard buttons, wizards); start-up skips those until the first dialog can appear."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = i18n.set_language(language)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return language
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_base = QTranslator(app)
    if qt_dialogs and qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    ours = CatalogTranslator(app)
    app.installTranslator(ours)
    _installed.append(ours)
    return language
