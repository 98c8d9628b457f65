"""Words the core gives the window: one value with both languages, the window picks one.

Every user-facing string produced below the window — a list's name, a progress state, a finding
of the plan checks, an undo step's text, an error (``AppError`` and ``InvalidValue`` carry ``vi``
and ``en`` the same way) — is a :class:`Text`, or an object with the same two attributes. The
window shows it in its language (``app.ui.i18n.say``); the command line prints both. Qt's own
translation (``tr`` and the ``.ts`` catalogue) is only for the widgets' own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class Bilingual(Protocol):
    """Anything with a Vietnamese and an English sentence: a :class:`Text`, an ``AppError``, an
    ``InvalidValue``, a plan-check finding."""

    @property
    def vi(self) -> str: ...

    @property
    def en(self) -> str: ...


class Phrase(str):
    """A text a list computes (why an invitee sits where it does): a ``str`` in Vietnamese — what
    it equals, sorts and prints as — with its English beside it, so it is :class:`Bilingual` too
    and the English window shows :attr:`en`."""

    en: str

    def __new__(cls, vi: str, en: str) -> Phrase:
        text = super().__new__(cls, vi)
        text.en = en
        return text

    @property
    def vi(self) -> str:
        return str.__str__(self)


@dataclass(frozen=True)
class Text:
    """One sentence or label, in Vietnamese (the source) and in English."""

    vi: str
    en: str

    def fill(self, *values: object) -> Text:
        """``%1``, ``%2``, … replaced by *values*, in both languages (each value as given, or a
        :class:`Text`'s or :class:`Phrase`'s own language)."""
        vi, en = self.vi, self.en
        for number in range(len(values), 0, -1):  # %10 before %1
            value = values[number - 1]
            vi = vi.replace(f"%{number}", value.vi if isinstance(value, Text | Phrase) else str(value))
            en = en.replace(f"%{number}", value.en if isinstance(value, Text | Phrase) else str(value))
        return Text(vi, en)

    def get(self, language: str) -> str:
        """The text in *language* ("vi" or "en")."""
        return self.en if language == "en" else self.vi

    def __str__(self) -> str:
        return self.vi


def text_of(value: Bilingual) -> Text:
    """*value* (an error, a finding, …) as a plain :class:`Text`."""
    return value if isinstance(value, Text) else Text(value.vi, value.en)
