"""What the synced lists are called where an official reads them — an import summary, a conflict,
a review note's target — in Vietnamese and in English, by table name."""

from __future__ import annotations

from app.domain.text import Text

#: Vietnamese names (the import summary, the conflict list, a review note's target).
TABLE_LABELS: dict[str, str] = {
    "units": "Đơn vị",
    "plans": "Kế hoạch",
    "catalogue_items": "Danh mục",
    "review_notes": "Ghi chú góp ý",
    "conferences": "Hội nghị",
    "agenda_items": "Chương trình",
    "invitees": "Khách mời",
    "honorees": "Điển hình",
    "speeches": "Tham luận",
    "delegates": "Đại biểu cấp trên",
    "award_tallies": "Số liệu khen thưởng",
    "unit_profiles": "Thông tin văn bản",
}
#: The same lists in English (the window in English, the CLI's English half).
TABLE_LABELS_EN: dict[str, str] = {
    "units": "Units",
    "plans": "Plans",
    "catalogue_items": "Catalogues",
    "review_notes": "Review notes",
    "conferences": "Conferences",
    "agenda_items": "Agenda",
    "invitees": "Invitees",
    "honorees": "Honorees",
    "speeches": "Speeches",
    "delegates": "Delegates to the higher level",
    "award_tallies": "Award figures",
    "unit_profiles": "Document details",
}


def list_name(table: str, english: bool = False) -> str:
    """The name of the list kept in *table* (the table name itself for one not listed here)."""
    return (TABLE_LABELS_EN if english else TABLE_LABELS).get(table, table)


def list_text(table: str) -> Text:
    """The name of the list kept in *table*, in both languages (the window says it in its own)."""
    return Text(list_name(table), list_name(table, english=True))
