"""The floor of the start-up figures: a bare PySide6 QMainWindow that quits once shown.

Run as a script (``python benchmarks/bare_window.py``) and frozen by the same PyInstaller spec as
the app (``benchmarks/frozen.py``), so both starts are compared like for like."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
