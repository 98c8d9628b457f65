"""The unit's own commendations: the decision with its annex, the reward money, the register
numbers, and the certificates printed on pre-printed blanks (boxes, calibration, test page)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import select

from app.cli.main import main
from app.domain.formats import fmt_int, money, money_words, number_words
from app.services.database import open_database
from app.services.printing.certificates import load_template, place, write_certificates
from app.services.printing.context import FormDecision, Person, load_context
from app.services.printing.decision import decision
from app.store.models import CatalogueItem, Conference, Honoree, Unit
from tests.conftest import dump

COMMUNE = "23083"
FORM = "giay-khen-chu-tich-xa"


def pdf_text(path: Path) -> str:
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() or "" for p in PdfReader(path).pages))


def flat(text: str) -> str:
    return " ".join(text.split())


def own_honorees(store, code: str = COMMUNE) -> list[Honoree]:
    with store.session() as s:
        unit = s.scalars(select(Unit).where(Unit.code == code)).one()
        conference = s.scalars(select(Conference).where(Conference.owner_unit_id == unit.id)).one()
        rows = s.scalars(
            select(Honoree)
            .where(Honoree.conference_id == conference.id, Honoree.award_form == FORM)
            .order_by(Honoree.collective.desc(), Honoree.sort_key)
        ).all()
        s.expunge_all()
    return list(rows)


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "không"),
        (5, "năm"),
        (10, "mười"),
        (15, "mười lăm"),
        (21, "hai mươi mốt"),
        (25, "hai mươi lăm"),
        (105, "một trăm lẻ năm"),
        (710_000, "bảy trăm mười nghìn"),
        (1_410_000, "một triệu bốn trăm mười nghìn"),
        (1_005_000, "một triệu không trăm lẻ năm nghìn"),
        (2_340_000, "hai triệu ba trăm bốn mươi nghìn"),
        (48_870_000, "bốn mươi tám triệu tám trăm bảy mươi nghìn"),
        (1_000_000_000, "một tỷ"),
    ],
)
def test_amounts_in_vietnamese_words(number, words):
    assert number_words(number) == words
    assert money_words(number) == words[:1].upper() + words[1:] + " đồng"


def test_decision_and_annex_equal_the_database_and_money_is_rate_times_count(demo_db, tmp_path, capsys):
    out = tmp_path / "qd.pdf"
    args = ["--db", str(demo_db), "print", "decision", "--conference", COMMUNE, "--out", str(out)]
    assert main([*args, "--number", "7", "--date", "05/03/2025"]) == 0, capsys.readouterr().err
    text = flat(pdf_text(out))
    store = open_database(str(demo_db))
    people = own_honorees(store)
    collectives = [h for h in people if h.collective]
    individuals = [h for h in people if not h.collective]
    assert collectives and individuals
    # header, number, date, who decides
    assert "Số: 07/QĐ-UBND" in text and "Hàm Chính, ngày 05 tháng 3 năm 2025" in text
    assert "QUYẾT ĐỊNH Về việc khen thưởng" in text and "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀM CHÍNH" in text
    assert "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;" in text
    # Điều 1: the counts of the database
    assert (
        f"Điều 1. Tặng Giấy khen cho {len(collectives)} tập thể và {len(individuals)} cá nhân (có danh sách kèm theo)"
        in text
    )
    # Điều 2: rate × base salary, rounded up to 10,000; totals
    with store.session() as s:
        rates = (
            s.scalars(
                select(CatalogueItem).where(
                    CatalogueItem.catalogue == "award_rate", CatalogueItem.code == FORM
                )
            )
            .one()
            .data
        )
    each_c = -(-round(rates["collective"] * 2_340_000) // 10_000) * 10_000
    each_i = -(-round(rates["individual"] * 2_340_000) // 10_000) * 10_000
    total = len(collectives) * each_c + len(individuals) * each_i
    assert (each_c, each_i) == (1_410_000, 710_000)
    assert f"mỗi tập thể {money(each_c)} ({money_words(each_c)})" in text
    assert f"mỗi cá nhân {money(each_i)} ({money_words(each_i)})" in text
    assert f"Tổng số tiền thưởng: {money(total)} ({money_words(total)})" in text
    # the annex: every recipient, in order, with the register number given in that order
    annex = text[
        text.index(
            "(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 3 năm 2025 của Chủ tịch Ủy ban nhân dân xã Hàm Chính)"
        ) :
    ]
    people = own_honorees(store)
    assert [h.register_no for h in people] == list(range(1, len(people) + 1))
    assert {h.register_year for h in people} == {2025}
    position = 0
    for h in people:
        found = annex.find(f"{h.register_no:03d}/2025 {h.name}", position)
        assert found > position, h.name
        position = found
    assert (
        f"Cộng tập thể: {len(collectives)} × {fmt_int(each_c)} đồng {fmt_int(len(collectives) * each_c)}"
        in annex
    )
    assert (
        f"Cộng cá nhân: {len(individuals)} × {fmt_int(each_i)} đồng {fmt_int(len(individuals) * each_i)}"
        in annex
    )
    assert annex.rstrip().endswith(fmt_int(total)) or f"{fmt_int(total)}" in annex[annex.index("Tổng cộng") :]
    # printing again, and a new honoree: the numbers given stay, the new one gets the next
    with store.session() as s:
        conference = s.get(Conference, people[0].conference_id)
        s.add(
            Honoree(
                conference_id=conference.id,
                owner_unit_id=conference.owner_unit_id,
                family_middle="Ân Văn",
                given="Mới",
                award_form=FORM,
                achievement="Mới được đề nghị.",
            )
        )
        gone = s.get(Honoree, people[-1].id)
        gone.deleted = True
    store.close()
    assert main([*args]) == 0
    store = open_database(str(demo_db))
    after = {h.name: h.register_no for h in own_honorees(store)}
    store.close()
    assert after["Ân Văn Mới"] == len(people) + 1  # never reuses the deleted one's number
    assert all(after[h.name] == h.register_no for h in people[:-1])
    # Word copy: the same words
    docx = tmp_path / "qd.docx"
    assert main([*args[:-2], "--out", str(docx)]) == 0
    from docx import Document as WordDocument

    word = WordDocument(str(docx))
    word_text = flat(
        " ".join(
            [p.text for p in word.paragraphs] + [c.text for t in word.tables for r in t.rows for c in r.cells]
        )
    )
    assert "Điều 1." in word_text and money_words(total - each_i + each_i) in word_text


def test_decision_for_every_demo_unit_counts_what_the_database_holds(demo_store):
    with demo_store.session() as s:
        units = s.execute(select(Unit.code, Unit.id)).all()
        counts: dict[tuple[str, str, bool], int] = {}
        for owner, form, collective in s.execute(
            select(Honoree.owner_unit_id, Honoree.award_form, Honoree.collective)
        ):
            counts[(owner, form, collective)] = counts.get((owner, form, collective), 0) + 1
    printed = 0
    for code, unit_id in units:
        ctx = load_context(demo_store, code)
        for item in ctx.commendations.decisions:
            document = decision(ctx)
            text = " ".join(getattr(block, "text", "") for block in document.blocks)
            c, i = counts.get((unit_id, item.form, True), 0), counts.get((unit_id, item.form, False), 0)
            assert (len(item.collectives), len(item.individuals)) == (c, i)
            assert item.total == c * item.collective_amount + i * item.individual_amount
            assert (
                f"Tặng {item.short} cho " in text
                and (f"{c} tập thể" in text or c == 0)
                and (f"{i} cá nhân" in text or i == 0)
            )
            printed += 1
        granted = {d.form for d in ctx.commendations.decisions}
        assert not granted & {label for label, *_ in ctx.commendations.announced}
    assert printed > 150


def test_base_salary_and_basis_are_remembered_and_checked(demo_db, tmp_path, capsys):
    out = tmp_path / "qd.pdf"
    basis = tmp_path / "can-cu.txt"
    basis.write_text(
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nCăn cứ Quy chế thi đua của xã;\n",
        encoding="utf-8",
    )
    base = ["--db", str(demo_db), "print", "decision", "--conference", COMMUNE, "--out", str(out)]
    assert main([*base, "--base-salary", "2.500.000", "--basis-file", str(basis)]) == 0, (
        capsys.readouterr().err
    )
    assert main(base) == 0  # remembered
    text = flat(pdf_text(out))
    assert "mỗi cá nhân 750.000 đồng (Bảy trăm năm mươi nghìn đồng)" in text
    assert "Căn cứ Quy chế thi đua của xã;" in text and "Nghị định số 98/2023" not in text
    before = dump(demo_db)
    capsys.readouterr()
    assert main([*base, "--base-salary", "hai triệu"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi:") and len(err.strip().splitlines()) == 1
    assert dump(demo_db) == before
    assert main([*base, "--form", "bang-khen-thu-tuong", "--number", "3"]) == 1
    assert "not a form this unit grants" in capsys.readouterr().err


def test_higher_forms_are_only_announced(demo_db, tmp_path, capsys):
    store = open_database(str(demo_db))
    with store.session() as s:
        person = s.scalars(
            select(Honoree)
            .join(Unit, Unit.id == Honoree.owner_unit_id)
            .where(Unit.code == COMMUNE, Honoree.collective.is_(False))
        ).first()
        person.award_form = "bang-khen-chu-tich-tinh"
        name = person.name
    store.close()
    out = tmp_path / "qd.pdf"
    capsys.readouterr()
    assert main(["--db", str(demo_db), "print", "decision", "--conference", COMMUNE, "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Bằng khen của Chủ tịch UBND tỉnh (0 tập thể, 1 cá nhân)" in err
    assert name not in pdf_text(out)


# -- certificates -------------------------------------------------------------------------------------
def char_boxes(path: Path, page: int = 0) -> list[tuple[str, tuple[float, float, float, float]]]:
    document = pypdfium2.PdfDocument(str(path))
    text = document[page].get_textpage()
    out = []
    for index in range(text.count_chars()):
        ch = text.get_text_range(index, 1)
        if ch.strip():
            out.append((ch, text.get_charbox(index, loose=False)))
    document.close()
    return out


def inside(box: tuple[float, float, float, float], template, offset=(0.0, 0.0), slack: float = 0.8) -> bool:
    left, bottom, right, top = box
    page_h = template.height * mm
    for field in template.fields:
        x0, x1 = (field.x + offset[0]) * mm - slack, (field.x + offset[0] + field.w) * mm + slack
        y1 = page_h - (field.y + offset[1]) * mm + slack
        y0 = page_h - (field.y + offset[1] + field.h) * mm - slack
        if x0 <= left and right <= x1 and y0 <= bottom and top <= y1:
            return True
    return False


@pytest.fixture
def issued_demo(demo_db):
    assert (
        main(
            [
                "--db",
                str(demo_db),
                "print",
                "decision",
                "--conference",
                COMMUNE,
                "--out",
                str(demo_db.parent / "qd.pdf"),
                "--number",
                "15",
                "--date",
                "05/03/2025",
            ]
        )
        == 0
    )
    return demo_db


def test_certificate_fields_never_leave_their_boxes_for_the_longest_demo_texts(demo_store, tmp_path):
    with demo_store.session() as s:

        def longest(column, *where):
            return max(s.scalars(select(column).where(*where)), key=lambda v: len(v or ""))

        name = longest(Honoree.name, Honoree.collective.is_(False))
        collective = longest(Honoree.name, Honoree.collective.is_(True))
        position = longest(Honoree.position)
        workplace = longest(Honoree.workplace)
        achievement = longest(Honoree.achievement)
    ctx = load_context(demo_store, COMMUNE, date(2025, 3, 5))
    worst = [
        Person(
            "a",
            name,
            "",
            position=position,
            workplace=workplace,
            achievement=achievement,
            register_no=999,
            register_year=2025,
        ),
        Person("b", collective, "", collective=True, workplace=workplace, achievement=achievement * 2),
        Person(
            "c",
            name + " " + name,
            "",
            position=position + ", " + position,
            workplace=workplace,
            achievement=achievement * 3,
        ),
    ]
    ctx.commendations.decisions = [
        FormDecision(
            FORM,
            "Giấy khen của Chủ tịch UBND xã",
            "1234",
            date(2025, 12, 31),
            [worst[1]],
            [worst[0], worst[2]],
            0,
            0,
        )
    ]
    template = load_template()
    for key in ("recipient", "post_unit", "achievement"):  # the layout itself, even for absurd lengths
        box = next(f for f in template.fields if f.key == key)
        for text in (name * 3, position * 4, achievement * 5):
            lines = place(template, box, text)
            assert 1 <= len(lines) <= box.lines
            for line in lines:
                assert stringWidth(line.text, line.font, line.size) <= box.w * mm + 0.01
                top = template.height * mm - box.y * mm
                assert top - box.h * mm <= line.y <= top
    out = tmp_path / "gk.pdf"
    assert write_certificates(ctx, out) == 3
    for page in range(3):
        boxes = char_boxes(out, page)
        assert len(boxes) > 80
        outside = [ch for ch, box in boxes if not inside(box, template)]
        assert not outside, f"page {page + 1}: {''.join(outside)[:80]}"
    text = flat(pdf_text(out))
    assert "Quyết định số 1234/QĐ-UBND ngày 31/12/2025" in text and "Số vào sổ: 999/2025" in text


def test_calibrate_moves_every_field_by_the_offset(issued_demo, tmp_path, capsys):
    plain, moved = tmp_path / "plain.pdf", tmp_path / "moved.pdf"
    base = ["--db", str(issued_demo), "print", "certificates", "--conference", COMMUNE]
    assert main([*base, "--out", str(plain)]) == 0
    assert main([*base, "--out", str(moved), "--calibrate", "3.5,-2"]) == 0, capsys.readouterr().err

    def positions(path: Path) -> list[tuple[str, float, float]]:
        found: list[tuple[str, float, float]] = []

        def visit(text, cm, tm, font, size):
            if text.strip():
                found.append((text, tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

        PdfReader(path).pages[0].extract_text(visitor_text=visit)
        return found

    before, after = positions(plain), positions(moved)
    assert len(before) == len(after) >= 8
    for (text_a, xa, ya), (text_b, xb, yb) in zip(before, after, strict=True):
        assert text_a == text_b
        assert xb - xa == pytest.approx(3.5 * mm, abs=0.01), text_a
        assert yb - ya == pytest.approx(2 * mm, abs=0.01), text_a  # 2 mm up: PDF y grows upwards
    template = load_template()
    assert all(inside(box, template, (3.5, -2)) for _, box in char_boxes(moved))


def test_test_page_has_the_boxes_and_a_millimetre_ruler(issued_demo, tmp_path):
    out = tmp_path / "test.pdf"
    assert (
        main(
            [
                "--db",
                str(issued_demo),
                "print",
                "certificates",
                "--conference",
                COMMUNE,
                "--out",
                str(out),
                "--test-page",
                "--calibrate",
                "1,1",
            ]
        )
        == 0
    )
    template = load_template()
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = flat(pdf_text(out))
    for label in template.labels.values():
        assert label in text
    numbers = set(re.findall(r"\b\d+\b", text))
    assert {str(n) for n in range(10, 290, 10)} <= numbers  # the ruler along the top, every centimetre
    assert "X = 1 mm, Y = 1 mm" in text
    stream = reader.pages[0].get_contents().get_data().decode("latin-1")
    assert stream.count(" re") >= len(template.fields)  # one frame per field
    assert len(re.findall(r" l\b", stream)) >= 297 + 210  # a tick per millimetre on both rulers


def test_reprint_one_spoiled_blank_and_refusals(issued_demo, tmp_path, capsys):
    base = ["--db", str(issued_demo), "print", "certificates", "--conference", COMMUNE]
    out = tmp_path / "one.pdf"
    assert main([*base, "--out", str(out), "--only", "3"]) == 0
    assert len(PdfReader(out).pages) == 1 and "Số vào sổ: 003/2025" in pdf_text(out)
    before = dump(issued_demo)
    for args, message in (
        (["--only", "999"], "no certificate with those register numbers"),
        # a new number given for a print that fails is not remembered either
        (["--only", "999", "--number", "20", "--date", "06/03/2025"], "no certificate"),
        (["--calibrate", "nhiều"], "bad offset"),
        (["--calibrate", "50,0"], "at most"),
        (["--template", "khong-co"], "no certificate template"),
    ):
        capsys.readouterr()
        assert main([*base, "--out", str(tmp_path / "x.pdf"), *args]) == 1
        err = capsys.readouterr().err
        assert message in err and len(err.strip().splitlines()) == 1
    assert main([*base, "--out", str(tmp_path / "x.docx")]) == 1
    assert not list(tmp_path.glob("x.*")) and dump(issued_demo) == before


def test_register_export_lists_every_numbered_honoree(issued_demo, tmp_path, capsys):
    from openpyxl import load_workbook

    out = tmp_path / "so.xlsx"
    store = open_database(str(issued_demo))
    people = own_honorees(store)
    store.close()
    capsys.readouterr()
    commune = tmp_path / "commune.sqlite"  # the register is a unit's own: on the commune's PC
    assert main(["--db", str(commune), "demo", "--as-unit", COMMUNE]) == 0
    assert main(["--db", str(commune), "xlsx", "export", "register", "--out", str(out)]) == 1
    assert "register is empty" in capsys.readouterr().err and not out.exists()
    assert (
        main(
            [
                "--db",
                str(commune),
                "print",
                "decision",
                "--out",
                str(tmp_path / "qd.pdf"),
                "--number",
                "15",
                "--date",
                "05/03/2025",
            ]
        )
        == 0
    )
    assert main(["--db", str(commune), "xlsx", "export", "register", "--out", str(out)]) == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))[3:]
    assert [r[0] for r in rows] == list(range(1, len(people) + 1))
    assert [r[2] for r in rows] == [h.name for h in people]
    assert {r[6] for r in rows} == {"15/QĐ-UBND"} and {r[1] for r in rows} == {2025}
    assert sum(r[9] for r in rows) == sum(1_410_000 if h.collective else 710_000 for h in people)
    capsys.readouterr()
    assert main(["--db", str(commune), "exports", "--json"]) == 0
    assert '"xlsx-register"' in capsys.readouterr().out
