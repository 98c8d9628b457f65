"""Printed documents from demo data: official layout text, order, fonts, pictures, Word twins."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time
from pathlib import Path

import pypdfium2
import pytest
from docx import Document as WordDocument
from pypdf import PdfReader

from app.cli.main import main
from app.domain.ceremony import honouring_batches
from app.domain.document_kinds import PDF_ONLY
from app.domain.formats import document_number, official_date, place_date_line
from app.domain.plan import agenda_times
from app.services.database import open_database
from app.services.printing import KINDS, render_document, write
from app.services.printing.contents import batches
from app.services.printing.context import load_context
from app.services.printing.fonts import missing_glyphs, printable
from tests.conftest import dump

COMMUNE = "23083"  # Xã Hàm Chính (Huyện Hàm Thuận Bắc) in the demo
ISSUED = date(2025, 3, 5)


@pytest.fixture(scope="module")
def printed(demo_template, tmp_path_factory):
    """Every document of one commune's conference, as PDF and Word, printed once for the module."""
    folder = tmp_path_factory.mktemp("printed")
    store = open_database(str(demo_template))
    try:
        ctx = load_context(store, COMMUNE, ISSUED)
        for kind in KINDS:
            write(ctx, kind, folder / f"{kind}.pdf")
            if kind not in PDF_ONLY:
                write(ctx, kind, folder / f"{kind}.docx")
    finally:
        store.close()
    return folder, ctx


def pdf_pages(path: Path) -> list[str]:
    return [unicodedata.normalize("NFC", page.extract_text() or "") for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    return "\n".join(pdf_pages(path))


def docx_text(path: Path) -> str:
    doc = WordDocument(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                parts.append(cell.text)
    return "\n".join(parts)


def words(text: str) -> set[str]:
    return {w for w in re.split(r"[\s,;:.()–\-/]+", text) if w and not w.isdigit()}


def assert_in_order(text: str, items: list[str]) -> None:
    position = -1
    for item in items:
        found = text.find(item, position + 1)
        assert found > position, f"{item!r} missing or out of order"
        position = found


@pytest.mark.parametrize("kind", [k for k in KINDS])
def test_every_document_has_the_official_header_and_is_not_blank(printed, kind):
    folder, ctx = printed
    path = folder / f"{kind}.pdf"
    text = pdf_text(path)
    if kind not in PDF_ONLY:  # name cards and certificates: no header (a blank carries its own)
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
        assert "Độc lập - Tự do - Hạnh phúc" in text
        assert "XÃ HÀM CHÍNH" in text and "UBND HUYỆN HÀM THUẬN BẮC" in text
        assert "Hàm Chính, ngày 05 tháng 3 năm 2025" in text
    # Fonts embedded (TrueType subsets) and no glyph missing for any printed character.
    reader = PdfReader(path)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = (
            font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        )
        assert "/FontFile2" in descriptor.get_object(), font.get("/BaseFont")
    assert missing_glyphs(text) <= {"\n"}
    # The first page, rendered, has ink on it.
    page = pypdfium2.PdfDocument(str(path))[0]
    image = page.render(scale=0.5).to_pil().convert("L")
    dark = sum(image.histogram()[:128])
    assert dark > (300 if kind == "certificates" else 2000), f"{kind}: page looks blank ({dark} dark pixels)"


def test_programme_lists_the_agenda_in_order_with_computed_times(printed):
    folder, ctx = printed
    text = pdf_text(folder / "programme.pdf")
    conf = ctx.conference
    times = agenda_times(
        conf.start_time,
        [
            int((line.end.hour * 60 + line.end.minute) - (line.start.hour * 60 + line.start.minute))
            for line in ctx.agenda
        ],
    )
    expected = [f"{s.hour:02d}h{s.minute:02d} - {e.hour:02d}h{e.minute:02d}" for s, e in times]
    assert expected[0].startswith(f"{conf.start_time.hour:02d}h{conf.start_time.minute:02d}")
    assert_in_order(text, expected)
    assert_in_order(text.replace("\n", " "), [line.title.split(",")[0] for line in ctx.agenda])
    assert re.search(r"Số:\s+/CTr-UBND", text)
    assert "CHƯƠNG TRÌNH" in text and "STT" in text and "Người thực hiện" in text


def test_every_invitee_gets_exactly_one_invitation(printed):
    folder, ctx = printed
    pages = pdf_pages(folder / "invitations.pdf")
    assert len(pages) == len(ctx.invitees) > 0
    for page, person in zip(pages, ctx.invitees, strict=True):
        flat = page.replace("\n", " ")
        assert person.name in flat
        assert "GIẤY MỜI" in page and "trân trọng kính mời" in flat


def test_lists_follow_vietnamese_name_order(printed):
    folder, ctx = printed
    text = pdf_text(folder / "honorees.pdf").replace("\n", " ")
    collectives = [h for h in ctx.honorees if h.collective]
    persons = [h for h in ctx.honorees if not h.collective]
    assert [p.sort_key for p in persons] == sorted(p.sort_key for p in persons)
    tail = text[text.index("II. CÁ NHÂN") :]
    assert_in_order(tail, [p.name for p in persons])
    assert_in_order(text, [c.name for c in collectives[:5]])
    attendance = pdf_text(folder / "attendance.pdf").replace("\n", " ")
    assert_in_order(
        attendance, [p.name for p in ctx.invitees]
    )  # protocol order, like the script and the seats
    assert "Ký tên" in attendance
    delegates = pdf_text(folder / "delegates.pdf").replace("\n", " ")
    assert_in_order(delegates, [d.name for d in ctx.delegates])


def test_word_files_hold_the_same_text_as_the_pdfs(printed):
    folder, _ = printed
    for kind in KINDS:
        if kind in PDF_ONLY:
            continue
        word = docx_text(folder / f"{kind}.docx")
        pdf = pdf_text(folder / f"{kind}.pdf")
        assert words(word) == words(pdf), f"{kind}: {sorted(words(word) ^ words(pdf))[:20]}"


def test_name_cards_show_every_invitee_name_large(printed):
    folder, ctx = printed
    text = pdf_text(folder / "namecards.pdf").replace("\n", " ")
    assert_in_order(text, [p.name for p in ctx.invitees])
    assert "Đồng chí" not in text


def test_script_introduces_guests_in_protocol_order(printed):
    folder, ctx = printed
    text = pdf_text(folder / "script.pdf").replace("\n", " ")
    named = [p for p in ctx.invitees if p.named]
    assert named, "the demo conference has named guests"
    keys = [p.place.key for p in ctx.invitees]
    assert keys == sorted(keys)
    intro = text[text.index("Ban Tổ chức trân trọng giới thiệu") :]
    assert_in_order(intro, [p.name for p in named])
    headings = re.findall(r"Về phía (.+?), có:", intro[: intro.index("nhiệt liệt chào mừng")])
    assert len(headings) == len(set(headings)) >= 3, headings  # each group's heading once


def test_script_batches_cover_every_honoree_once_in_list_order(printed):
    folder, ctx = printed
    found = batches(ctx)
    recipients = [h.id for batch in found for h in batch.recipients]
    assert sorted(recipients) == sorted(h.id for h in ctx.honorees)
    assert all(len(batch.recipients) <= ctx.profile.batch_size for batch in found)
    for batch in found:  # one form and one kind per batch
        assert {h.award for h in batch.recipients} == {batch.award}
        assert {h.collective for h in batch.recipients} == {batch.collective}
    order = {h.id: i for i, h in enumerate(ctx.honorees)}
    for award in {b.award for b in found}:
        for collective in (True, False):
            sequence = [
                order[h.id]
                for b in found
                if b.award == award and b.collective == collective
                for h in b.recipients
            ]
            assert sequence == sorted(sequence)
    ranks = [ctx.award_rank.get(b.award, 99) for b in found]
    assert ranks == sorted(ranks), "higher forms first"
    text = pdf_text(folder / "script.pdf").replace("\n", " ")
    assert_in_order(text, [f"Đợt {b.number}:" for b in found])


def test_batches_rotate_presenters_and_put_collectives_first():
    honorees = [
        ("A", "GK", False),
        ("B", "GK", True),
        ("C", "BK", False),
        ("D", "GK", False),
        ("E", "GK", True),
    ]
    found = honouring_batches(
        honorees,
        lambda h: {"BK": 1, "GK": 2}[h[1]],
        lambda h: h[2],
        lambda h: h[1],
        ["leader1", "leader2"],
        size=2,
    )
    assert [[h[0] for h in b.recipients] for b in found] == [["C"], ["B", "E"], ["A", "D"]]
    assert [b.presenter for b in found] == ["leader1", "leader2", "leader1"]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 1, 5), "ngày 05 tháng 01 năm 2025"),
        (date(2025, 2, 28), "ngày 28 tháng 02 năm 2025"),
        (date(2025, 3, 5), "ngày 05 tháng 3 năm 2025"),
        (date(2025, 6, 29), "ngày 29 tháng 6 năm 2025"),
        (date(2025, 12, 10), "ngày 10 tháng 12 năm 2025"),
    ],
)
def test_decree_date_rule(day, expected):
    assert official_date(day) == expected
    assert place_date_line("Hàm Chính", day) == f"Hàm Chính, {expected}"


def test_document_numbers_take_a_leading_zero():
    assert document_number(5, "CTr", "UBND") == "Số: 05/CTr-UBND"
    assert document_number("12", "GM", "UBND") == "Số: 12/GM-UBND"


def test_characters_missing_from_the_font_never_print_as_boxes():
    assert missing_glyphs("Nguyễn Thị Ánh ĐẶNG ỨNG ỮNG Ỹ") == set()
    assert printable("Anh \U0001f600 Ꙭ") == "Anh ? ?"
    assert printable(unicodedata.normalize("NFD", "Ánh")) == "Ánh"


def test_cli_print_writes_a_pdf_and_remembers_number_and_signer(demo_db, tmp_path, capsys):
    out = tmp_path / "ctr.pdf"
    code = main(
        [
            "--db",
            str(demo_db),
            "print",
            "programme",
            "--conference",
            COMMUNE,
            "--out",
            str(out),
            "--number",
            "7",
            "--signer",
            "Lê Văn Tám",
            "--place",
            "Ma Lâm",
            "--date",
            "05/03/2025",
        ]
    )
    assert code == 0, capsys.readouterr().err
    text = pdf_text(out)
    assert "Số: 07/CTr-UBND" in text and "Lê Văn Tám" in text and "Ma Lâm, ngày 05 tháng 3 năm 2025" in text
    again = tmp_path / "again.pdf"
    assert (
        main(["--db", str(demo_db), "print", "programme", "--conference", COMMUNE, "--out", str(again)]) == 0
    )
    assert "Lê Văn Tám" in pdf_text(again) and "Ma Lâm, ngày" in pdf_text(again)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["programme", "--out", "/no/such/folder/x.pdf", "--conference", COMMUNE], "does not exist"),
        (["programme", "--out", "{tmp}/x.txt", "--conference", COMMUNE], ".pdf or .docx"),
        (["namecards", "--out", "{tmp}/x.docx", "--conference", COMMUNE], "PDF only"),
        (["programme", "--out", "{tmp}/x.pdf", "--conference", "NOPE"], "no conference"),
        (["programme", "--out", "{tmp}/x.pdf", "--conference", COMMUNE, "--date", "31/02/2025"], "bad date"),
    ],
)
def test_print_errors_are_one_line_and_leave_no_file(demo_db, tmp_path, capsys, args, message):
    before = dump(demo_db)
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code = main(["--db", str(demo_db), "print", *args])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("Lỗi:") and message in err and len(err.strip().splitlines()) == 1
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".docx", ".txt", ".partial")]
    assert dump(demo_db) == before


def test_empty_list_is_refused_without_a_file(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    assert main(["--db", str(db), "demo", "--as-unit", COMMUNE]) == 0
    store = open_database(str(db))
    with store.session() as s:
        from sqlalchemy import delete

        from app.store.models import Delegate

        s.execute(delete(Delegate))
    store.close()
    out = tmp_path / "out" / "d.pdf"
    out.parent.mkdir()
    capsys.readouterr()
    assert main(["--db", str(db), "print", "delegates", "--out", str(out)]) == 1
    assert "trống" in capsys.readouterr().err
    assert list(out.parent.iterdir()) == []


def test_existing_file_is_replaced_only_when_the_new_one_is_complete(demo_db, tmp_path):
    out = tmp_path / "ctr.pdf"
    out.write_bytes(b"old")
    store = open_database(str(demo_db))
    try:
        render_document(store, "programme", out, COMMUNE, ISSUED)
    finally:
        store.close()
    assert out.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".*partial"))


def test_start_time_drives_every_time(demo_db, tmp_path):
    from sqlalchemy import select

    from app.store.models import Conference, Unit

    store = open_database(str(demo_db))
    try:
        with store.session() as s:
            unit = s.scalars(select(Unit).where(Unit.code == COMMUNE)).one()
            conf = s.scalars(select(Conference).where(Conference.owner_unit_id == unit.id)).one()
            conf.start_time = time(13, 30)
        out = tmp_path / "p.pdf"
        render_document(store, "programme", out, COMMUNE, ISSUED)
    finally:
        store.close()
    assert "13h30 - 13h" in pdf_text(out)


def test_date_and_time_are_written_one_way(monkeypatch):
    """dd/MM/yyyy HH:mm through one helper; a bundle's ISO time in UTC is shown in local time."""
    import time
    from datetime import UTC, datetime, timedelta, timezone

    from app.domain.formats import fmt_datetime, fmt_utc_stamp

    assert fmt_datetime(datetime(2026, 11, 26, 9, 5, 42)) == "26/11/2026 09:05"
    assert fmt_datetime(None) == ""
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        assert fmt_utc_stamp("2026-11-26T12:31:42") == "26/11/2026 19:31"  # UTC+7
        assert fmt_datetime(datetime(2026, 11, 26, 5, 0, tzinfo=UTC)) == "26/11/2026 12:00"
        assert (
            fmt_datetime(datetime(2026, 11, 26, 5, 0, tzinfo=timezone(timedelta(hours=7))))
            == "26/11/2026 05:00"
        )
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert fmt_utc_stamp("") == "" and fmt_utc_stamp("không rõ") == "không rõ"
