"""The documents the app prints, by kind (light: the window's menus list them before any
database is open)."""

from __future__ import annotations

KINDS = ("programme", "invitations", "honorees", "delegates", "attendance", "namecards", "script", "decision",
         "certificates")
#: Printed only as PDF (positions on paper matter).
PDF_ONLY = ("namecards", "certificates")
#: Documents that issue the unit's own commendations: printing them gives register numbers.
ISSUING = ("decision", "certificates")
#: The type code in a document's number ("Số: 12/CTr-UBND"), Decree 30/2020 appendix III.
NUMBER_CODES = {"programme": "CTr", "invitations": "GM", "decision": "QĐ"}
KIND_LABELS = {
    "programme": "Chương trình hội nghị",
    "invitations": "Giấy mời",
    "honorees": "Danh sách tập thể, cá nhân điển hình tiên tiến",
    "delegates": "Danh sách đại biểu đi dự hội nghị cấp trên",
    "attendance": "Danh sách đại biểu dự hội nghị (ký tên)",
    "namecards": "Biển tên đại biểu",
    "script": "Kịch bản điều hành",
    "decision": "Quyết định khen thưởng (kèm danh sách)",
    "certificates": "Giấy khen (in trên phôi)",
}


def document_file_name(kind: str, suffix: str) -> str:
    """The file name offered when a document of *kind* is saved: ``chuong-trinh-hoi-nghi.pdf``."""
    from app.domain.vntext import file_slug

    return file_slug(KIND_LABELS.get(kind, kind)) + suffix


def own_suffix(kind: str, issuer: str) -> str:
    """What follows the number in a document's number: "QĐ-UBND" ("CTr" when there is no issuer)."""
    code = NUMBER_CODES.get(kind, "")
    return f"{code}-{issuer}" if issuer else code
