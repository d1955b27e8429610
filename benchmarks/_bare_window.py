"""Baseline: the bare PySide6 window the start-up target is measured against."""

import sys
import time

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print(f"shown {time.time() - float(sys.argv[1]):.4f}", flush=True)
