"""Hội nghị ĐHTT — the desktop app for advanced-model conferences (``python -m app``)."""

#: The one version of the app: the wheel's metadata (``pyproject.toml`` reads it from here),
#: ``hoinghi --version``, the About box, the bundle manifest and the installer's file name.
__version__ = "0.2.0"
