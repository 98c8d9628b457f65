"""A plan's period and the words it is written with: ``2020 - 2025``, ``giai đoạn 2020 - 2025``,
``năm 2026``, the next period, the default conference title, the issuing document."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.domain.formats import fmt_date
from app.domain.plan.rules import PlanRules

_YEAR_MIN, _YEAR_MAX = 1945, 2200


def parse_period(text: str) -> tuple[int, int]:
    """``"2020-2025"`` (also ``2020 - 2025``, ``2020–2025``) → (2020, 2025); ``"2026"`` → (2026, 2026)."""
    parts = [p.strip() for p in re.split(r"\s*[-–—]\s*", str(text).strip())]
    try:
        years = [int(p) for p in parts if p]
    except ValueError as exc:
        raise ValueError(f"not a period: {text!r}") from exc
    if len(years) == 1:
        years *= 2
    if len(years) != 2 or not (_YEAR_MIN <= years[0] <= years[1] <= _YEAR_MAX):
        raise ValueError(f"not a period: {text!r}")
    return years[0], years[1]


def period_key(start: int, end: int) -> str:
    """How a period is stored (award tallies, files): ``2020-2025`` or ``2026``."""
    return str(start) if start == end else f"{start}-{end}"


@dataclass(frozen=True)
class PlanWording:
    """How a conference's plan writes its period: the words every printed document, export and
    default title use (``app.services.plans.conference_wording`` gives it for a conference)."""

    kind: str
    start: int
    end: int
    next_start: int
    next_end: int
    plan_name: str = ""
    document: str = ""  # "Kế hoạch số 12/KH-UBND ngày 05/02/2024 của …", empty when not issued
    title_template: str = "{form} {unit} {period}"

    @classmethod
    def of(
        cls,
        kind: str,
        start: int,
        end: int,
        rules: PlanRules | None = None,
        name: str = "",
        document: str = "",
    ) -> PlanWording:
        next_start, next_end = end + 1, end + 1
        if rules is not None and rules.next_period:
            next_start, next_end = parse_period(rules.next_period)
        elif start != end:  # a multi-year wave: the next one starts where this one ends
            next_start, next_end = end, end + (end - start)
        template = (rules.wording.get("conference_title") if rules else None) or cls.title_template
        return cls(kind, start, end, next_start, next_end, name, document, template)

    @staticmethod
    def _shown(start: int, end: int) -> str:
        return str(start) if start == end else f"{start} - {end}"

    @staticmethod
    def _phrase(start: int, end: int) -> str:
        return f"năm {start}" if start == end else f"giai đoạn {start} - {end}"

    @property
    def period(self) -> str:
        """``2020 - 2025`` or ``2026``."""
        return self._shown(self.start, self.end)

    @property
    def period_key(self) -> str:
        return period_key(self.start, self.end)

    @property
    def period_phrase(self) -> str:
        """``giai đoạn 2020 - 2025`` or ``năm 2026`` — as it is written after a noun."""
        return self._phrase(self.start, self.end)

    @property
    def next_period(self) -> str:
        return self._shown(self.next_start, self.next_end)

    @property
    def next_phrase(self) -> str:
        return self._phrase(self.next_start, self.next_end)

    def fill(self, text: str) -> str:
        """A plan text with ``{period}`` / ``{next_period}`` written out (as phrases)."""
        return text.replace("{period}", self.period_phrase).replace("{next_period}", self.next_phrase)

    def conference_title(self, form_label: str, unit_in_sentence: str) -> str:
        """The default title of a conference of this plan (template from the plan's wording)."""
        title = (
            self.fill(self.title_template).replace("{form}", form_label).replace("{unit}", unit_in_sentence)
        )
        title = " ".join(title.split())
        return title[:1].upper() + title[1:]

    @property
    def tally_title(self) -> str:
        return f"Kết quả khen thưởng {self.period_phrase}"


def document_reference(number: str | None, issued: date | None, body: str | None) -> str:
    """``Kế hoạch số 12/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân tỉnh …`` (what is known of it)."""
    parts = ["Kế hoạch"]
    if number:
        parts.append(f"số {number}")
    if issued:
        parts.append(f"ngày {fmt_date(issued)}")
    if body:
        parts.append(f"của {body}")
    return " ".join(parts) if len(parts) > 1 else ""
