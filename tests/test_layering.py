"""The domain model, storage and services know nothing of Qt."""

import subprocess
import sys


def test_domain_store_and_services_do_not_import_qt():
    code = (
        "import sys, pkgutil, importlib\n"
        "import app.domain, app.store, app.services, app.cli.main\n"
        "for pkg in (app.domain, app.store, app.services):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' not in m.name:\n"
        "            importlib.import_module(m.name)\n"
        "import app.store.models\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"Qt imported by non-UI layers: {result.stdout} {result.stderr}"


def test_qt_calls_keep_none_alive():
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on each call of a void method; a
    long session then dies with "deallocating None". The pinned version must not do that."""
    import sys

    from PySide6.QtGui import QStandardItem
    from PySide6.QtWidgets import QApplication, QWidget

    QApplication.instance() or QApplication([])
    item, widget = QStandardItem("x"), QWidget()
    before = sys.getrefcount(None)
    for _ in range(200):
        item.setData("id", 256)
        widget.update()
    assert sys.getrefcount(None) - before > -50
