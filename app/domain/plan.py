"""A plan as data: its period and kind, the groups with deadlines and allowed forms, the standard
agenda, the movements, fields and target groups to cover, the checks that apply — and the words
its period is written with.

The rules come from ``Plan.rules`` (shipped in ``resources/plans/``, authored in the desk or
imported from a file); no year, province or cycle is written in code. One validation
(:func:`plan_problems`) serves every door a plan comes through: the editor, a file, a bundle.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeGuard

from app.domain.fields import MINUTES, integer_range
from app.domain.formats import fmt_date, fmt_minutes, parse_date

#: Kinds of plan: a wave of conferences every five years, the yearly review, a thematic one.
PLAN_KINDS = ("five-year", "annual", "thematic")
#: The checks a plan may switch on, with what each looks at (Vietnamese, English).
CHECKS: dict[str, tuple[str, str]] = {
    "deadline": ("Thời hạn tổ chức của nhóm đơn vị", "the unit group's deadline"),
    "form": ("Hình thức hội nghị được phép", "allowed conference form"),
    "length": ("Thời lượng chương trình", "programme length"),
    "required-items": ("Nội dung bắt buộc của chương trình", "required agenda items"),
    "speech-fields": ("Lĩnh vực của tham luận", "fields of the model reports"),
    "target-groups": ("Đối tượng cần có trong danh sách điển hình", "target groups among the honorees"),
    "delegates": ("Đại biểu đi dự cấp trên", "delegates to the higher level"),
    "honoree-bare": ("Danh hiệu, thành tích của điển hình", "titles and achievements of honorees"),
    "invitees-review": ("Khách mời chép từ hội nghị trước", "invitees copied from an earlier conference"),
}
DEFAULT_MAX_MINUTES = 270
_CODE = re.compile(r"[a-z0-9][a-z0-9._-]{0,39}")
_YEAR_MIN, _YEAR_MAX = 1945, 2200


@dataclass(frozen=True)
class GroupRules:
    code: str
    label: str
    deadline: date | None
    deadline_label: str
    forms: tuple[str, ...]
    max_minutes: int


@dataclass(frozen=True)
class AgendaTemplate:
    code: str
    title: str
    minutes: int
    required: bool


@dataclass(frozen=True)
class PlanRules:
    groups: Mapping[str, GroupRules]
    agenda: tuple[AgendaTemplate, ...]
    required_fields: tuple[str, ...]
    movements: tuple[tuple[str, str], ...]
    max_minutes: int
    next_period: str
    target_groups: tuple[str, ...] = ()
    checks: frozenset[str] = frozenset(CHECKS)
    wording: Mapping[str, str] = field(default_factory=dict)
    template: bool = False

    @classmethod
    def from_dict(cls, rules: Mapping[str, Any]) -> PlanRules:
        default_max = int(rules.get("max_minutes", DEFAULT_MAX_MINUTES))
        groups = {
            code: GroupRules(
                code=code,
                label=g.get("label", code),
                deadline=_date(g.get("deadline")),
                deadline_label=g.get("deadline_label", ""),
                forms=tuple(g.get("forms", ())),
                max_minutes=int(g.get("max_minutes", default_max)),
            )
            for code, g in rules.get("groups", {}).items()
        }
        agenda = tuple(
            AgendaTemplate(a["code"], a["title"], int(a.get("minutes", 0)), bool(a.get("required", False)))
            for a in rules.get("agenda", ())
        )
        checks = rules.get("checks")
        return cls(
            groups=groups,
            agenda=agenda,
            required_fields=tuple(rules.get("required_fields", ())),
            movements=tuple((m["code"], m["label"]) for m in rules.get("movements", ())),
            max_minutes=default_max,
            next_period=rules.get("next_period", ""),
            target_groups=tuple(rules.get("target_groups", ())),
            checks=frozenset(CHECKS) if checks is None else frozenset(checks),
            wording=dict(rules.get("wording", {})),
            template=bool(rules.get("template", False)),
        )

    def group(self, code: str | None) -> GroupRules | None:
        return self.groups.get(code or "")

    def required_items(self) -> list[AgendaTemplate]:
        return [a for a in self.agenda if a.required]

    def applies(self, check: str) -> bool:
        return check in self.checks


def _date(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return parse_date(str(value))


# -- the period and its words -------------------------------------------------------------------
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
    def of(cls, kind: str, start: int, end: int, rules: PlanRules | None = None, name: str = "",
           document: str = "") -> PlanWording:
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
        title = self.fill(self.title_template).replace("{form}", form_label).replace("{unit}", unit_in_sentence)
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


# -- a plan as a document (the JSON of files, the editor's working copy) -------------------------
@dataclass(frozen=True)
class Problem:
    """One thing wrong with a plan; ``where`` names the part (``groups.A.deadline``, ``agenda.3``)."""

    where: str
    vi: str
    en: str


def plan_problems(data: Mapping[str, Any], known: Mapping[str, Container[str]] | None = None) -> list[Problem]:
    """Everything wrong with the plan document *data* (the JSON shape of ``docs/plan-format.md``).

    *known*: catalogue name → known codes (``conference_form``, ``field``, ``target_group``); when
    given, codes outside them are refused too. An empty list: the plan can be stored."""
    out: list[Problem] = []

    def bad(where: str, vi: str, en: str) -> None:
        out.append(Problem(where, vi, en))

    if not isinstance(data, Mapping):
        return [Problem("", "Tệp kế hoạch không đúng dạng (phải là một đối tượng JSON).", "a plan must be a JSON object")]
    code = data.get("code")
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        bad("code", "Mã kế hoạch phải có 1–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang.",
            "the plan code must be 1-40 characters: a-z, 0-9, '.', '-', '_'")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        bad("name", "Kế hoạch chưa có tên.", "the plan has no name")
    elif len(name) > 300:
        bad("name", "Tên kế hoạch quá dài (tối đa 300 ký tự).", "the plan name is longer than 300 characters")
    if data.get("kind") not in PLAN_KINDS:
        bad("kind", "Loại kế hoạch phải là: 5 năm (five-year), hằng năm (annual) hoặc chuyên đề (thematic).",
            f"the kind must be one of {', '.join(PLAN_KINDS)}")
    start: int | None
    end: int | None
    try:
        start, end = parse_period(str(data.get("period", "")))
    except ValueError:
        bad("period", "Giai đoạn phải có dạng 2026 hoặc 2036-2040.", "the period must look like 2026 or 2036-2040")
        start = end = None
    document = data.get("document") or {}
    if not isinstance(document, Mapping):
        bad("document", "Phần văn bản ban hành không đúng dạng.", "document must be an object")
        document = {}
    try:
        _date(document.get("date"))
    except (ValueError, TypeError):
        bad("document.date", "Ngày ban hành không đúng dạng dd/MM/yyyy.", "the document date is not a date")
    for key, limit in (("number", 60), ("body", 200)):
        value = document.get(key)
        if value is not None and (not isinstance(value, str) or len(value) > limit):
            bad(f"document.{key}", f"Văn bản ban hành: “{key}” quá dài hoặc sai kiểu.", f"document.{key} is too long or not text")
    rules = data.get("rules")
    if not isinstance(rules, Mapping):
        bad("rules", "Kế hoạch thiếu phần quy định (rules).", "the plan has no rules")
        return out
    _rule_problems(rules, start, end, known or {}, bad)
    return out


def _rule_problems(rules: Mapping[str, Any], start: int | None, end: int | None,
                   known: Mapping[str, Container[str]], bad: Any) -> None:  # noqa: ANN401
    limit = rules.get("max_minutes", DEFAULT_MAX_MINUTES)
    if not _whole(limit, 1, 1440):
        bad("max_minutes", "Thời lượng tối đa phải từ 1 đến 1440 phút.", "max_minutes must be 1-1440")
        limit = DEFAULT_MAX_MINUTES
    if rules.get("next_period"):
        try:
            parse_period(str(rules["next_period"]))
        except ValueError:
            bad("next_period", "Giai đoạn kế tiếp phải có dạng 2027 hoặc 2036-2040.", "next_period is not a period")
    groups = rules.get("groups")
    if not isinstance(groups, Mapping) or not groups:
        bad("groups", "Kế hoạch chưa có nhóm đơn vị nào (thời hạn, hình thức).", "the plan has no unit groups")
        groups = {}
    forms = known.get("conference_form")
    for code, group in groups.items():
        where = f"groups.{code}"
        if not isinstance(group, Mapping):
            bad(where, f"Nhóm {code} không đúng dạng.", f"group {code} is not an object")
            continue
        try:
            deadline = _date(group.get("deadline"))
        except (ValueError, TypeError):
            bad(f"{where}.deadline", f"Thời hạn của nhóm {code} không phải ngày hợp lệ.", f"group {code}: bad deadline")
            deadline = None
        if deadline is not None and start is not None and end is not None and not start <= deadline.year <= end:
            period = str(start) if start == end else f"{start} - {end}"
            bad(f"{where}.deadline", f"Thời hạn {fmt_date(deadline)} của nhóm {code} nằm ngoài giai đoạn {period} "
                "của kế hoạch.", f"group {code}: deadline {deadline} is outside the period")
        group_forms = group.get("forms", [])
        if not isinstance(group_forms, list) or not all(isinstance(f, str) for f in group_forms):
            bad(f"{where}.forms", f"Hình thức của nhóm {code} phải là danh sách mã.", f"group {code}: forms must be a list")
        elif forms is not None:
            for form in group_forms:
                if form not in forms:
                    bad(f"{where}.forms", f"Hình thức “{form}” của nhóm {code} không có trong danh mục.",
                        f"group {code}: form {form!r} is not in the catalogue")
        if "max_minutes" in group and not _whole(group["max_minutes"], 1, 1440):
            bad(f"{where}.max_minutes", f"Thời lượng tối đa của nhóm {code} phải từ 1 đến 1440 phút.",
                f"group {code}: max_minutes must be 1-1440")
    _agenda_problems(rules.get("agenda"), limit, bad)
    for key, catalogue_name, vi in (("required_fields", "field", "Lĩnh vực"),
                                    ("target_groups", "target_group", "Đối tượng")):
        values = rules.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            bad(key, f"{vi} cần có phải là danh sách mã.", f"{key} must be a list of codes")
            continue
        codes = known.get(catalogue_name)
        for value in values:
            if codes is not None and value not in codes:
                bad(key, f"{vi} “{value}” không có trong danh mục.", f"{key}: {value!r} is not in the catalogue")
    movements = rules.get("movements", [])
    if not isinstance(movements, list) or not all(
            isinstance(m, Mapping) and isinstance(m.get("code"), str) and isinstance(m.get("label"), str)
            and m["label"].strip() for m in movements):
        bad("movements", "Mỗi phong trào thi đua cần có mã và tên.", "each movement needs a code and a label")
    checks = rules.get("checks")
    if checks is not None and (not isinstance(checks, list) or any(c not in CHECKS for c in checks)):
        bad("checks", "Danh sách nội dung kiểm tra có mục không biết.", f"checks must be among {', '.join(CHECKS)}")
    wording = rules.get("wording", {})
    if not isinstance(wording, Mapping) or not all(isinstance(v, str) for v in wording.values()):
        bad("wording", "Phần cách viết (wording) phải là các câu chữ.", "wording must hold texts")


def _agenda_problems(agenda: object, limit: int, bad: Any) -> None:  # noqa: ANN401
    if not isinstance(agenda, list) or not agenda:
        bad("agenda", "Kế hoạch chưa có chương trình chuẩn.", "the plan has no standard agenda")
        return
    seen: set[str] = set()
    total = 0
    for number, item in enumerate(agenda, start=1):
        where = f"agenda.{number}"
        if not isinstance(item, Mapping) or not isinstance(item.get("code"), str) or not item["code"].strip():
            bad(where, f"Nội dung thứ {number} của chương trình chưa có mã.", f"agenda item {number} has no code")
            continue
        if item["code"] in seen:
            bad(where, f"Mã “{item['code']}” lặp lại trong chương trình.", f"agenda code {item['code']!r} repeats")
        seen.add(item["code"])
        if not isinstance(item.get("title"), str) or not item["title"].strip():
            bad(where, f"Nội dung thứ {number} của chương trình chưa có tên.", f"agenda item {number} has no title")
        minutes = item.get("minutes")
        low, high = integer_range(MINUTES)  # the agenda's own rule: what a conference's agenda accepts
        if not _whole(minutes, low, high):
            bad(where, f"Nội dung thứ {number} của chương trình cần có thời lượng: số phút từ {low} đến {high}.",
                f"agenda item {number}: minutes {low}-{high}")
            continue
        total += minutes
    if total > limit:
        bad("agenda", f"Chương trình chuẩn dài {fmt_minutes(total)}, quá thời lượng tối đa {fmt_minutes(limit)}.",
            f"the standard agenda lasts {total} min, more than the limit of {limit} min")


def _whole(value: object, low: int, high: int) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


# -- a new plan from an old one -----------------------------------------------------------------
#: A year written in a text (1945–2199).
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19[4-9]\d|2[01]\d\d)(?!\d)")


def shift_years_in_text(text: str, years: int) -> str:
    """Every year written in *text* moved by *years* ("quý I/2025" → "quý I/2030", "15/12/2025" →
    "15/12/2030"), except the year inside a document number ("Nghị định 98/2023/NĐ-CP" stays: a
    number and a slash before it, a slash after it)."""
    def move(match: re.Match[str]) -> str:
        before = match.string[max(0, match.start() - 2):match.start()]
        after = match.string[match.end():match.end() + 1]
        if len(before) == 2 and before[1] == "/" and before[0].isdigit() and after == "/":
            return match.group(0)
        return str(int(match.group(0)) + years)

    return _YEAR_IN_TEXT.sub(move, text)


def _shift_date(value: object, years: int) -> str | None:
    day = _date(value)
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:  # 29 February into a common year
        return (day.replace(day=28).replace(year=day.year + years)).isoformat()


def shifted_plan(data: Mapping[str, Any], period: str | None = None, kind: str | None = None) -> dict[str, Any]:
    """A copy of the plan document *data* for the period *period* (default: the next period) and
    *kind* (default: the same): every date moves by the same whole number of years — the deadlines,
    the issuing date, every year written in the texts — and the document number is cleared (the new
    plan is not issued yet). The years move so that the end of the period lands on the new end."""
    start, end = parse_period(str(data["period"]))
    if period:
        new_start, new_end = parse_period(period)
    else:
        length = end - start
        new_start, new_end = (end, end + length) if length else (end + 1, end + 1)
    years = new_end - end
    out = copy.deepcopy(dict(data))
    out["period"] = period_key(new_start, new_end)
    out["kind"] = kind or data.get("kind", "five-year")
    out["name"] = shift_years_in_text(str(data.get("name", "")), years)
    document = dict(data.get("document") or {})
    out["document"] = {"number": None, "date": _shift_date(document.get("date"), years), "body": document.get("body")}
    rules = out.setdefault("rules", {})
    rules.pop("template", None)
    for group in rules.get("groups", {}).values():
        if group.get("deadline"):
            group["deadline"] = _shift_date(group["deadline"], years)
    if rules.get("next_period"):
        next_start, next_end = parse_period(str(rules["next_period"]))
        rules["next_period"] = period_key(next_start + years, next_end + years)
    _shift_texts(rules, years)
    return out


def _shift_texts(node: Any, years: int) -> None:  # noqa: ANN401
    """Move the years written in every label and title of the rules (codes stay as they are)."""
    items: Iterable[tuple[Any, Any]] = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in list(items):
        if isinstance(value, dict | list):
            _shift_texts(value, years)
        elif isinstance(value, str) and key not in ("code", "deadline", "next_period") and not (
                isinstance(node, list)):
            node[key] = shift_years_in_text(value, years)


# -- times of the day ---------------------------------------------------------------------------
def agenda_times(start: time | None, minutes: Iterable[int]) -> list[tuple[time, time]]:
    """Start and end of each item: the conference start plus the durations before it."""
    base = datetime.combine(date(2000, 1, 1), start or time(7, 30))
    out: list[tuple[time, time]] = []
    for duration in minutes:
        end = base + timedelta(minutes=max(0, int(duration or 0)))
        out.append((base.time(), end.time()))
        base = end
    return out
