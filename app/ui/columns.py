"""How the desk's lists look: each column's header (in the window's language) and width in pixels.
The lists themselves — keys, kinds, choices, order — are data (``app.services.records``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Columns"
#: Columns named alike in every list: key → (header, width).
SHARED: dict[str, tuple[str, int]] = {
    "name": (QT_TRANSLATE_NOOP("Columns", "Họ và tên / Tên tập thể"), 200),
    "given": (QT_TRANSLATE_NOOP("Columns", "Tên"), 70),
    "position": (QT_TRANSLATE_NOOP("Columns", "Chức vụ"), 170),
    "workplace": (QT_TRANSLATE_NOOP("Columns", "Đơn vị công tác"), 170),
    "field": (QT_TRANSLATE_NOOP("Columns", "Lĩnh vực"), 120),
    "target_group": (QT_TRANSLATE_NOOP("Columns", "Đối tượng"), 120),
    "gender": (QT_TRANSLATE_NOOP("Columns", "Giới tính"), 70),
    "birth_year": (QT_TRANSLATE_NOOP("Columns", "Năm sinh"), 70),
    "minutes": (QT_TRANSLATE_NOOP("Columns", "Số phút"), 70),
    "owner_unit_id": (QT_TRANSLATE_NOOP("Columns", "Đơn vị"), 190),
}
#: Each list's own columns (a consolidated list takes those of the list it gathers).
OWN: dict[str, dict[str, tuple[str, int]]] = {
    "agenda_items": {
        "time": (QT_TRANSLATE_NOOP("Columns", "Thời gian"), 110),
        "title": (QT_TRANSLATE_NOOP("Columns", "Nội dung"), 380),
        "presenter": (QT_TRANSLATE_NOOP("Columns", "Người thực hiện"), 160),
        "kind": (QT_TRANSLATE_NOOP("Columns", "Mục chuẩn"), 140),
        "notes": (QT_TRANSLATE_NOOP("Columns", "Ghi chú"), 120),
    },
    "invitees": {
        "order": (QT_TRANSLATE_NOOP("Columns", "Thứ tự"), 55),
        "category": (QT_TRANSLATE_NOOP("Columns", "Thành phần"), 160),
        "standing": (QT_TRANSLATE_NOOP("Columns", "Xếp theo: cấp, khối"), 150),
        "ranked_post": (QT_TRANSLATE_NOOP("Columns", "Xếp theo: chức vụ"), 190),
        "manual_order": (QT_TRANSLATE_NOOP("Columns", "Thứ tự trong nhóm"), 80),
        "honorific": (QT_TRANSLATE_NOOP("Columns", "Xưng hô"), 80),
        "invitation_sent": (QT_TRANSLATE_NOOP("Columns", "Đã gửi giấy mời"), 90),
        "attended": (QT_TRANSLATE_NOOP("Columns", "Có mặt"), 70),
        "needs_review": (QT_TRANSLATE_NOOP("Columns", "Cần xem lại"), 80),
    },
    "honorees": {
        "collective": (QT_TRANSLATE_NOOP("Columns", "Tập thể"), 60),
        "award_form": (QT_TRANSLATE_NOOP("Columns", "Hình thức khen thưởng"), 180),
        "achievement": (QT_TRANSLATE_NOOP("Columns", "Tóm tắt thành tích"), 260),
    },
    "speeches": {
        "presenter": (QT_TRANSLATE_NOOP("Columns", "Người trình bày"), 200),
        "title": (QT_TRANSLATE_NOOP("Columns", "Chủ đề"), 320),
        "media": (QT_TRANSLATE_NOOP("Columns", "Minh họa (video, ảnh)"), 160),
    },
    "delegates": {
        "status": (QT_TRANSLATE_NOOP("Columns", "Trạng thái"), 100),
    },
    # (its own context: "Tập thể" and "Hình thức khen thưởng" are other words in English here)
    "award_tallies": {
        "period": (QT_TRANSLATE_NOOP("AwardColumns", "Giai đoạn"), 90),
        "form": (QT_TRANSLATE_NOOP("AwardColumns", "Hình thức khen thưởng"), 260),
        "collectives": (QT_TRANSLATE_NOOP("AwardColumns", "Tập thể"), 80),
        "individuals": (QT_TRANSLATE_NOOP("AwardColumns", "Cá nhân"), 80),
        "workers": (QT_TRANSLATE_NOOP("AwardColumns", "Công nhân"), 90),
        "farmers": (QT_TRANSLATE_NOOP("AwardColumns", "Nông dân"), 90),
        "direct_labourers": (QT_TRANSLATE_NOOP("AwardColumns", "Lao động trực tiếp"), 110),
    },
}


def _spec(table: str, key: str) -> tuple[str, str, int]:
    table = table.removeprefix("all_")
    own = OWN.get(table, {})
    if key in own:
        text, width = own[key]
        return ("AwardColumns" if table == "award_tallies" else CONTEXT), text, width
    text, width = SHARED.get(key, (key, 120))
    return CONTEXT, text, width


def header(table: str, key: str) -> str:
    """The header of column *key* of list *table*, in the window's language."""
    context, text, _width = _spec(table, key)
    return QCoreApplication.translate(context, text)


def source_header(table: str, key: str) -> str:
    """The same header in Vietnamese, as written (a file name, a test)."""
    return _spec(table, key)[1]


def width(table: str, key: str) -> int:
    """The column's width in pixels at the start (the official may drag it)."""
    return _spec(table, key)[2]
