"""``python -m app`` — the same as the ``hoinghi`` command."""

from app.cli.main import run

run()
