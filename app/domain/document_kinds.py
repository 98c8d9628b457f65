"""The documents the app prints, by kind (light: the window's menus list them before any
database is open)."""

from __future__ import annotations

from app.domain.text import Text

KINDS = (
    "programme",
    "invitations",
    "honorees",
    "delegates",
    "attendance",
    "namecards",
    "script",
    "decision",
    "certificates",
)
#: Printed only as PDF (positions on paper matter).
PDF_ONLY = ("namecards", "certificates")
#: Documents that issue the unit's own commendations: printing them gives register numbers.
ISSUING = ("decision", "certificates")
#: The type code in a document's number ("Số: 12/CTr-UBND"), Decree 30/2020 appendix III.
NUMBER_CODES = {"programme": "CTr", "invitations": "GM", "decision": "QĐ"}
#: Each document's name, in both languages (the window's menus and preview titles, the CLI).
KIND_NAMES = {
    "programme": Text("Chương trình hội nghị", "Conference programme"),
    "invitations": Text("Giấy mời", "Invitations"),
    "honorees": Text(
        "Danh sách tập thể, cá nhân điển hình tiên tiến", "List of advanced-model collectives and individuals"
    ),
    "delegates": Text(
        "Danh sách đại biểu đi dự hội nghị cấp trên", "Delegates to the higher-level conference"
    ),
    "attendance": Text("Danh sách đại biểu dự hội nghị (ký tên)", "Attendance sheet (signatures)"),
    "namecards": Text("Biển tên đại biểu", "Name cards"),
    "script": Text("Kịch bản điều hành", "Running script"),
    "decision": Text("Quyết định khen thưởng (kèm danh sách)", "Commendation decision (with its list)"),
    "certificates": Text("Giấy khen (in trên phôi)", "Certificates of merit (on pre-printed blanks)"),
}
#: The Vietnamese names (file names, the printed words).
KIND_LABELS = {kind: name.vi for kind, name in KIND_NAMES.items()}


def document_file_name(kind: str, suffix: str) -> str:
    """The file name offered when a document of *kind* is saved: ``chuong-trinh-hoi-nghi.pdf``."""
    from app.domain.vntext import file_slug

    return file_slug(KIND_LABELS.get(kind, kind)) + suffix


def own_suffix(kind: str, issuer: str) -> str:
    """What follows the number in a document's number: "QĐ-UBND" ("CTr" when there is no issuer)."""
    code = NUMBER_CODES.get(kind, "")
    return f"{code}-{issuer}" if issuer else code
