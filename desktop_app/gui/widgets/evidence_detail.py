"""The detail pane of the evidence page: what a record is, its review, and a preview of its file."""

from __future__ import annotations

import html
from pathlib import Path

from desktop_app.core.evidence import REVIEW_PASSED, REVIEW_PENDING, REVIEW_RETURNED
from desktop_app.exchange.textextract import IMAGE_TYPES, PLAIN_TYPES
from desktop_app.gui.evidence_models import REVIEW_COLOURS, human_size, local_time
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QHBoxLayout,
    QImage,
    QImageReader,
    QLabel,
    QPixmap,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSize,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.gui.worker import run_task
from desktop_app.services.evidence import EvidenceInfo

PREVIEW_WIDTH = 400
PREVIEW_PAGES = 2
TEXT_PREVIEW_CHARS = 6000

TEXT_STATES = {
    "pending": QT_TRANSLATE_NOOP("EvidenceDetail", "waiting to be read"),
    "done": QT_TRANSLATE_NOOP("EvidenceDetail", "read, searchable by content"),
    "none": QT_TRANSLATE_NOOP("EvidenceDetail", "no text (a scan or a picture): not searchable by content"),
    "failed": QT_TRANSLATE_NOOP("EvidenceDetail", "could not be read: not searchable by content"),
    "ocr": QT_TRANSLATE_NOOP("EvidenceDetail", "a scan or a picture: its text is being recognised"),
}


def _t(text: object) -> str:
    return QCoreApplication.translate("EvidenceDetail", str(text))


class EvidenceDetail(QWidget):
    review_clicked = Signal(str)
    open_clicked = Signal()
    folder_clicked = Signal()
    edit_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shown = 0  # counts what the pane was asked to show; a late PDF rendering checks it
        self.rendering = False  # a PDF's pages are being rendered for the record shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setMinimumWidth(280)
        layout.addWidget(self.summary)

        self.action_bar = QWidget()
        row = QHBoxLayout(self.action_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton(self.tr("Open file"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.open_button.setToolTip(self.tr("Open a copy with the program the computer uses for this kind of file"))
        self.recognised_button = QPushButton(self.tr("Recognised text"))
        self.recognised_button.setCheckable(True)
        self.recognised_button.setToolTip(self.tr("Show the text recognised from the scan instead of the picture"))
        self.recognised_button.toggled.connect(self._show_recognised)
        for button in (self.open_button, self.folder_button, self.edit_button, self.recognised_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.action_bar)
        self.review_row = QWidget()
        review = QHBoxLayout(self.review_row)
        review.setContentsMargins(0, 0, 0, 0)
        review.addWidget(QLabel(self.tr("Review:")))
        self.pass_button = QPushButton(self.tr("Passed"))
        self.return_button = QPushButton(self.tr("Return…"))
        self.pending_button = QPushButton(self.tr("Back to pending"))
        for button in (self.pass_button, self.return_button, self.pending_button):
            review.addWidget(button)
        review.addStretch(1)
        layout.addWidget(self.review_row)
        self.pass_button.clicked.connect(lambda: self.review_clicked.emit(REVIEW_PASSED))
        self.return_button.clicked.connect(lambda: self.review_clicked.emit(REVIEW_RETURNED))
        self.pending_button.clicked.connect(lambda: self.review_clicked.emit(REVIEW_PENDING))
        self.open_button.clicked.connect(self.open_clicked)
        self.folder_button.clicked.connect(self.folder_clicked)
        self.edit_button.clicked.connect(self.edit_clicked)

        self.preview_label = QLabel()
        self.preview_label.setStyleSheet("color:#555")
        layout.addWidget(self.preview_label)
        self.preview = QStackedWidget()
        self.pictures = QWidget()
        self.pictures_layout = QVBoxLayout(self.pictures)
        self.pictures_layout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pictures)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.nothing = QLabel()
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setStyleSheet("color:#777")
        for widget in (self.nothing, scroll, self.text):
            self.preview.addWidget(widget)
        layout.addWidget(self.preview, 1)
        self.record: EvidenceInfo | None = None
        self._shown_file: tuple[Path, str, str] | None = None  # (path, text state, text) of the record
        self.show_message(self.tr("Select a record to see it here. Drop files onto an item on the left to file them."))

    # -- what is shown ----------------------------------------------------------------------------
    def show_message(self, rich_text: str) -> None:
        """Not a record: an item's summary or a hint."""
        self.record = None
        self._shown += 1
        self.rendering = False
        self.summary.setText(rich_text)
        self.action_bar.hide()
        self.review_row.hide()
        self.preview_label.clear()
        self._clear_pictures()
        self.nothing.clear()
        self.preview.setCurrentWidget(self.nothing)

    def show_record(
        self, e: EvidenceInfo, path: Path, text_state: str, text: str, recognised: float | None = None
    ) -> None:
        self.record = e
        colour = REVIEW_COLOURS.get(e.review_state, "#555")
        rows = [
            (self.tr("Item"), f"({e.item})"),
            (self.tr("Unit"), e.unit or self.tr("(no unit)")),
            (self.tr("Task"), e.task),
            (self.tr("Doc. no."), e.doc_no),
            (self.tr("Document date"), e.doc_date.isoformat() if e.doc_date else ""),
            (self.tr("Category"), e.category),
            (self.tr("Period"), e.period),
            (self.tr("Access"), self.tr("public") if e.public else self.tr("internal")),
            (self.tr("File"), f"{e.original_name} · {human_size(e.size)}"),
            (self.tr("Filed on"), local_time(e.created_at)),
            (
                self.tr("Text"),
                self.tr("recognised from the scan, searchable by content (confidence {0:.0%})").format(recognised)
                if recognised is not None and text_state == "done"
                else _t(TEXT_STATES.get(text_state, text_state)),
            ),
            (self.tr("SHA-256"), f"{e.sha256[:32]} {e.sha256[32:]}"),
            (self.tr("Note"), e.note),
        ]
        lines = "".join(
            f"<span style='color:#666'>{label}：</span>{html.escape(value)}<br>" for label, value in rows if value
        )
        review = f"<p><b style='color:{colour}'>{html.escape(e.review_state)}</b>"
        if e.review_comment:
            review += f"：{html.escape(e.review_comment)}"
        review += "</p>"
        bin_note = f"<p style='color:#b00020'>{self.tr('In the recycle bin.')}</p>" if e.deleted else ""
        self.summary.setText(f"<h3 style='margin:0'>{html.escape(e.title)}</h3>{bin_note}{review}<p>{lines}</p>")
        self.action_bar.show()
        self.review_row.setVisible(not e.deleted)
        self.edit_button.setEnabled(not e.deleted)
        self._shown_file = (path, text_state, text)
        scan = recognised is not None and text_state == "done"
        self.recognised_button.blockSignals(True)
        self.recognised_button.setChecked(False)
        self.recognised_button.blockSignals(False)
        self.recognised_button.setVisible(scan)
        self._preview(e, path, text_state, text)

    # -- preview ----------------------------------------------------------------------------------
    def _clear_pictures(self) -> None:
        while self.pictures_layout.count():
            taken = self.pictures_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()

    def _add_picture(self, image: QImage) -> None:
        label = QLabel()
        label.setPixmap(QPixmap.fromImage(image))
        label.setStyleSheet("border:1px solid #ccc; background:white")
        self.pictures_layout.addWidget(label)

    def _preview(self, e: EvidenceInfo, path: Path, text_state: str, text: str) -> None:
        self._clear_pictures()
        self._shown += 1  # a PDF still being rendered for an earlier record is not shown
        self.rendering = False
        suffix = Path(e.original_name).suffix.lower()
        if not path.exists():
            self.preview_label.setText(self.tr("Preview"))
            self.nothing.setText(self.tr("The stored file is missing. Run the integrity check under 检查与备份."))
            self.preview.setCurrentWidget(self.nothing)
            return
        if suffix in IMAGE_TYPES and self._image(path):
            self.preview_label.setText(self.tr("Preview"))
            self.preview.setCurrentIndex(1)
            return
        if suffix == ".pdf":
            self._pdf(path, lambda: self._text_or_nothing(suffix, text_state, text))
            return
        self._text_or_nothing(suffix, text_state, text)

    def _show_recognised(self, on: bool) -> None:
        """The scan's recognised text in place of its picture, and back."""
        if self.record is None or self._shown_file is None:
            return
        path, text_state, text = self._shown_file
        if not on:
            self._preview(self.record, path, text_state, text)
            return
        self._shown += 1  # a page still being drawn is not shown over the text
        self.preview_label.setText(self.tr("Preview: the text recognised from the scan"))
        self.text.setPlainText(text[:TEXT_PREVIEW_CHARS] + ("\n…" if len(text) > TEXT_PREVIEW_CHARS else ""))
        self.preview.setCurrentWidget(self.text)

    def _text_or_nothing(self, suffix: str, text_state: str, text: str) -> None:
        if text_state == "done" and (suffix in PLAIN_TYPES or suffix in (".docx", ".xlsx", ".xlsm", ".pdf")):
            self.preview_label.setText(self.tr("Preview: the file's text"))
            self.text.setPlainText(text[:TEXT_PREVIEW_CHARS] + ("\n…" if len(text) > TEXT_PREVIEW_CHARS else ""))
            self.preview.setCurrentWidget(self.text)
            return
        self.preview_label.setText(self.tr("Preview"))
        self.nothing.setText(self.tr("No preview for this kind of file. Use “Open file” to see it."))
        self.preview.setCurrentWidget(self.nothing)

    def _width(self) -> int:
        """Pictures as wide as the pane shows them (never wider than PREVIEW_WIDTH)."""
        return max(160, min(PREVIEW_WIDTH, self.preview.width() - 40))

    def _image(self, path: Path) -> bool:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size, width = reader.size(), self._width()
        if size.isValid() and size.width() > width:
            reader.setScaledSize(QSize(width, max(1, size.height() * width // size.width())))
        image = reader.read()
        if image.isNull():
            return False
        self._add_picture(image)
        return True

    def _pdf(self, path: Path, otherwise) -> None:
        """The first pages rendered in the background (a large scan takes a moment); ``otherwise``
        when the PDF cannot be rendered."""
        from desktop_app.services.previews import pdf_preview
        from desktop_app.services.sandbox import SandboxFailed

        shown, width = self._shown, self._width()
        self.rendering = True
        self.preview_label.setText(self.tr("Preview: rendering the first pages…"))
        self.nothing.clear()
        self.preview.setCurrentWidget(self.nothing)

        def rendered(preview) -> None:
            if shown != self._shown:
                return
            self.rendering = False
            if not preview.pages:
                otherwise()
                return
            for raster in preview.pages:
                image = QImage(raster.data, raster.width, raster.height, raster.stride, QImage.Format.Format_RGB888)
                self._add_picture(image.copy())  # the copy owns its pixels
            self.preview_label.setText(
                self.tr("Preview: page 1–{0} of {1}").format(len(preview.pages), preview.page_count)
                if preview.page_count > 1
                else self.tr("Preview")
            )
            self.preview.setCurrentIndex(1)

        def failed(err: BaseException) -> None:
            if shown == self._shown:
                self.rendering = False
                if isinstance(err, SandboxFailed):  # the renderer gave up on this file; the window goes on
                    self.preview_label.setText(self.tr("Preview"))
                    self.nothing.setText(self.tr("No preview: {0}. Use “Open file” to see it.").format(err))
                    self.preview.setCurrentWidget(self.nothing)
                else:
                    otherwise()
            if not isinstance(err, (ValueError, SandboxFailed)):  # a damaged or hostile file is expected
                raise err

        run_task(lambda _progress: pdf_preview(path, pages=PREVIEW_PAGES, width=width), rendered, failed, parent=self)

    def picture_count(self) -> int:
        return self.pictures_layout.count()
