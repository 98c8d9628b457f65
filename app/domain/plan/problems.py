"""The one validation of a plan document (the JSON of files, the editor's working copy, a bundle's
plan): :func:`plan_problems` lists everything wrong with it, in Vietnamese and English."""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard

from app.domain.fields import MINUTES, integer_range
from app.domain.formats import fmt_date, fmt_minutes
from app.domain.plan.period import parse_period
from app.domain.plan.rules import CHECKS, DEFAULT_MAX_MINUTES, PLAN_KINDS, _date

_CODE = re.compile(r"[a-z0-9][a-z0-9._-]{0,39}")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a plan; ``where`` names the part (``groups.A.deadline``, ``agenda.3``)."""

    where: str
    vi: str
    en: str


def plan_problems(
    data: Mapping[str, Any], known: Mapping[str, Container[str]] | None = None
) -> list[Problem]:
    """Everything wrong with the plan document *data* (the JSON shape of ``docs/plan-format.md``).

    *known*: catalogue name → known codes (``conference_form``, ``field``, ``target_group``); when
    given, codes outside them are refused too. An empty list: the plan can be stored."""
    out: list[Problem] = []

    def bad(where: str, vi: str, en: str) -> None:
        out.append(Problem(where, vi, en))

    if not isinstance(data, Mapping):
        return [
            Problem(
                "",
                "Tệp kế hoạch không đúng dạng (phải là một đối tượng JSON).",
                "a plan must be a JSON object",
            )
        ]
    code = data.get("code")
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        bad(
            "code",
            "Mã kế hoạch phải có 1–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang.",
            "the plan code must be 1-40 characters: a-z, 0-9, '.', '-', '_'",
        )
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        bad("name", "Kế hoạch chưa có tên.", "the plan has no name")
    elif len(name) > 300:
        bad("name", "Tên kế hoạch quá dài (tối đa 300 ký tự).", "the plan name is longer than 300 characters")
    if data.get("kind") not in PLAN_KINDS:
        bad(
            "kind",
            "Loại kế hoạch phải là: 5 năm (five-year), hằng năm (annual) hoặc chuyên đề (thematic).",
            f"the kind must be one of {', '.join(PLAN_KINDS)}",
        )
    start: int | None
    end: int | None
    try:
        start, end = parse_period(str(data.get("period", "")))
    except ValueError:
        bad(
            "period",
            "Giai đoạn phải có dạng 2026 hoặc 2036-2040.",
            "the period must look like 2026 or 2036-2040",
        )
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
            bad(
                f"document.{key}",
                f"Văn bản ban hành: “{key}” quá dài hoặc sai kiểu.",
                f"document.{key} is too long or not text",
            )
    rules = data.get("rules")
    if not isinstance(rules, Mapping):
        bad("rules", "Kế hoạch thiếu phần quy định (rules).", "the plan has no rules")
        return out
    _rule_problems(rules, start, end, known or {}, bad)
    return out


def _rule_problems(
    rules: Mapping[str, Any],
    start: int | None,
    end: int | None,
    known: Mapping[str, Container[str]],
    bad: Any,  # noqa: ANN401
) -> None:
    limit = rules.get("max_minutes", DEFAULT_MAX_MINUTES)
    if not _whole(limit, 1, 1440):
        bad("max_minutes", "Thời lượng tối đa phải từ 1 đến 1440 phút.", "max_minutes must be 1-1440")
        limit = DEFAULT_MAX_MINUTES
    if rules.get("next_period"):
        try:
            parse_period(str(rules["next_period"]))
        except ValueError:
            bad(
                "next_period",
                "Giai đoạn kế tiếp phải có dạng 2027 hoặc 2036-2040.",
                "next_period is not a period",
            )
    groups = rules.get("groups")
    if not isinstance(groups, Mapping) or not groups:
        bad(
            "groups", "Kế hoạch chưa có nhóm đơn vị nào (thời hạn, hình thức).", "the plan has no unit groups"
        )
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
            bad(
                f"{where}.deadline",
                f"Thời hạn của nhóm {code} không phải ngày hợp lệ.",
                f"group {code}: bad deadline",
            )
            deadline = None
        if (
            deadline is not None
            and start is not None
            and end is not None
            and not start <= deadline.year <= end
        ):
            period = str(start) if start == end else f"{start} - {end}"
            bad(
                f"{where}.deadline",
                f"Thời hạn {fmt_date(deadline)} của nhóm {code} nằm ngoài giai đoạn {period} của kế hoạch.",
                f"group {code}: deadline {deadline} is outside the period",
            )
        group_forms = group.get("forms", [])
        if not isinstance(group_forms, list) or not all(isinstance(f, str) for f in group_forms):
            bad(
                f"{where}.forms",
                f"Hình thức của nhóm {code} phải là danh sách mã.",
                f"group {code}: forms must be a list",
            )
        elif forms is not None:
            for form in group_forms:
                if form not in forms:
                    bad(
                        f"{where}.forms",
                        f"Hình thức “{form}” của nhóm {code} không có trong danh mục.",
                        f"group {code}: form {form!r} is not in the catalogue",
                    )
        if "max_minutes" in group and not _whole(group["max_minutes"], 1, 1440):
            bad(
                f"{where}.max_minutes",
                f"Thời lượng tối đa của nhóm {code} phải từ 1 đến 1440 phút.",
                f"group {code}: max_minutes must be 1-1440",
            )
    _agenda_problems(rules.get("agenda"), limit, bad)
    for key, catalogue_name, vi in (
        ("required_fields", "field", "Lĩnh vực"),
        ("target_groups", "target_group", "Đối tượng"),
    ):
        values = rules.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            bad(key, f"{vi} cần có phải là danh sách mã.", f"{key} must be a list of codes")
            continue
        codes = known.get(catalogue_name)
        for value in values:
            if codes is not None and value not in codes:
                bad(
                    key,
                    f"{vi} “{value}” không có trong danh mục.",
                    f"{key}: {value!r} is not in the catalogue",
                )
    movements = rules.get("movements", [])
    if not isinstance(movements, list) or not all(
        isinstance(m, Mapping)
        and isinstance(m.get("code"), str)
        and isinstance(m.get("label"), str)
        and m["label"].strip()
        for m in movements
    ):
        bad("movements", "Mỗi phong trào thi đua cần có mã và tên.", "each movement needs a code and a label")
    checks = rules.get("checks")
    if checks is not None and (not isinstance(checks, list) or any(c not in CHECKS for c in checks)):
        bad(
            "checks",
            "Danh sách nội dung kiểm tra có mục không biết.",
            f"checks must be among {', '.join(CHECKS)}",
        )
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
            bad(
                where,
                f"Nội dung thứ {number} của chương trình chưa có mã.",
                f"agenda item {number} has no code",
            )
            continue
        if item["code"] in seen:
            bad(
                where,
                f"Mã “{item['code']}” lặp lại trong chương trình.",
                f"agenda code {item['code']!r} repeats",
            )
        seen.add(item["code"])
        if not isinstance(item.get("title"), str) or not item["title"].strip():
            bad(
                where,
                f"Nội dung thứ {number} của chương trình chưa có tên.",
                f"agenda item {number} has no title",
            )
        minutes = item.get("minutes")
        low, high = integer_range(MINUTES)  # the agenda's own rule: what a conference's agenda accepts
        if not _whole(minutes, low, high):
            bad(
                where,
                f"Nội dung thứ {number} của chương trình cần có thời lượng: số phút từ {low} đến {high}.",
                f"agenda item {number}: minutes {low}-{high}",
            )
            continue
        total += minutes
    if total > limit:
        bad(
            "agenda",
            f"Chương trình chuẩn dài {fmt_minutes(total)}, quá thời lượng tối đa {fmt_minutes(limit)}.",
            f"the standard agenda lasts {total} min, more than the limit of {limit} min",
        )


def _whole(value: object, low: int, high: int) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
