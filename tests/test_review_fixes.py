"""Defects a hostile review of main found in the domain and the services — each refused (or fixed)
at the one rule every door uses, so the CLI, the desk and the bundle reader behave alike."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.cli.main import main
from app.domain import fields
from app.domain.fields import MINUTES, NUMBER_KINDS, YEAR, FieldKind, InvalidValue, parse_value
from tests.conftest import dump

COMMUNE = "22915"  # Phường Phú Thủy (a phường: its forms read "phường", not "xã")


@pytest.fixture(scope="session")
def commune_template(_unit_demo_templates) -> Path:
    """``hoinghi demo --as-unit 22915``, built once per session (tests/conftest.py)."""
    return _unit_demo_templates(COMMUNE)


@pytest.fixture
def commune(unit_demo, tmp_path: Path) -> Path:
    return unit_demo(COMMUNE, tmp_path / "commune.sqlite")


def _rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.startswith("Lỗi:") and "\n" not in err and "Traceback" not in err, err
    return err


# -- 3. an issuing date outside 1900–2100 ------------------------------------------------------
@pytest.mark.parametrize("day", ["01/01/1800", "01/01/9999"])
def test_print_decision_refuses_a_date_outside_the_years_and_numbers_nothing(commune, tmp_path, capsys, day):
    before = dump(commune)
    out = tmp_path / "qd.pdf"
    assert (
        main(["--db", str(commune), "print", "decision", "--number", "15", "--date", day, "--out", str(out)])
        == 1
    )
    err = _one_line_error(capsys)
    assert "1900" in err and "2100" in err
    assert not out.exists()
    assert dump(commune) == before  # no register number, no register year, no remembered date


def test_every_document_and_the_desks_issue_refuse_the_bad_date(commune, tmp_path, capsys):
    from app.errors import AppError
    from app.services.awards import issue_now
    from app.services.database import open_database
    from app.services.printing.context import load_context

    assert (
        main(
            [
                "--db",
                str(commune),
                "print",
                "programme",
                "--date",
                "31/12/1899",
                "--out",
                str(tmp_path / "ct.pdf"),
            ]
        )
        == 1
    )
    assert "1899" in _one_line_error(capsys)
    store = open_database(str(commune))
    try:
        with pytest.raises(AppError, match="1900"):
            issue_now(store, None, number="15", issued=date(1800, 1, 1))  # the desk's decision dialog
        with pytest.raises(AppError, match="2100"):
            load_context(store, None, date(2101, 1, 1))
    finally:
        store.close()
    assert _rows(commune, "select count(*) from honorees where register_no is not null") == [(0,)]


def test_register_year_and_number_are_bounded_like_every_number():
    assert NUMBER_KINDS["register_year"].name == "year"
    for key, bad in (
        ("register_year", 1800),
        ("register_year", 9999),
        ("register_no", 0),
        ("register_no", -3),
    ):
        with pytest.raises(InvalidValue):
            parse_value(NUMBER_KINDS[key], bad)
    assert parse_value(NUMBER_KINDS["register_year"], "2025") == 2025
    from app.store.models import Honoree
    from app.store.values import check_value, value_kinds

    assert {"register_year", "register_no"} <= set(value_kinds(Honoree))  # the bundle reader and check
    with pytest.raises(InvalidValue):
        check_value(Honoree, "register_year", 1800)


def test_check_reports_a_stored_register_year_out_of_bounds(commune, capsys):
    connection = sqlite3.connect(commune)
    with connection:
        connection.execute(
            "update honorees set register_year = 1800, register_no = 1 where id = "
            "(select id from honorees limit 1)"
        )
    connection.close()
    assert main(["--db", str(commune), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    messages = [
        f["message"] for c in report["conferences"] for f in c["findings"] if f["code"] == "bad_value"
    ]
    assert any("register_year" in m and "1800" in m for m in messages), messages


# -- 4. a document number is a number ------------------------------------------------------------
def test_a_decision_number_typed_with_its_own_suffix_prints_once(commune, tmp_path, capsys):
    from pypdf import PdfReader

    out = tmp_path / "qd.pdf"
    assert (
        main(
            [
                "--db",
                str(commune),
                "print",
                "decision",
                "--number",
                "15/QĐ-UBND",
                "--date",
                "05/03/2025",
                "--out",
                str(out),
            ]
        )
        == 0
    ), capsys.readouterr().err
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Số: 15/QĐ-UBND" in text and "QĐ-UBND/QĐ-UBND" not in text
    numbers = json.loads(_rows(commune, "select numbers from unit_profiles")[0][0])
    assert [v for k, v in numbers.items() if k.startswith("decision:")] == ["15"]


@pytest.mark.parametrize("number", ["=cmd", "15/CTr-UBND", "15/QĐ-UBND/QĐ-UBND", "mười lăm", "1 5", "15/"])
def test_a_decision_number_that_is_no_number_is_refused_with_an_example(commune, tmp_path, capsys, number):
    before = dump(commune)
    assert (
        main(
            ["--db", str(commune), "print", "decision", "--number", number, "--out", str(tmp_path / "qd.pdf")]
        )
        == 1
    )
    err = _one_line_error(capsys)
    assert "15a" in err and "QĐ-UBND" in err
    assert dump(commune) == before


def test_programme_numbers_follow_the_same_rule(commune, tmp_path, capsys):
    from pypdf import PdfReader

    out = tmp_path / "ct.pdf"
    assert (
        main(["--db", str(commune), "print", "programme", "--number", "16/CTr-UBND", "--out", str(out)]) == 0
    )
    assert "Số: 16/CTr-UBND" in PdfReader(out).pages[0].extract_text()
    numbers = json.loads(_rows(commune, "select numbers from unit_profiles")[0][0])
    assert numbers["programme"] == "16"  # remembered without the suffix
    before = dump(commune)
    assert (
        main(["--db", str(commune), "print", "programme", "--number", "16/QĐ-UBND", "--out", str(out)]) == 1
    )
    assert "CTr-UBND" in _one_line_error(capsys)
    assert main(["--db", str(commune), "print", "invitations", "--number", "=1+1", "--out", str(out)]) == 1
    _one_line_error(capsys)
    assert dump(commune) == before


def test_the_unit_profile_remembers_numbers_by_the_same_rule(commune):
    from app.errors import AppError
    from app.services.database import open_database
    from app.services.printing import save_profile

    store = open_database(str(commune))
    try:
        with pytest.raises(AppError):
            save_profile(store, store.unit_id, numbers={"programme": "=HYPERLINK(1)"})
        with pytest.raises(AppError):
            save_profile(store, store.unit_id, numbers={"programme": "3/GM-UBND"})
        save_profile(store, store.unit_id, numbers={"programme": "3a/ctr-ubnd"})
    finally:
        store.close()
    assert json.loads(_rows(commune, "select numbers from unit_profiles")[0][0])["programme"] == "3a"


@pytest.mark.parametrize(
    ("text", "own", "expected"),
    [
        ("15", None, "15"),
        ("015", "QĐ-UBND", "015"),
        ("15a", "QĐ-UBND", "15a"),
        (" 7 ", None, "7"),
        ("15/QĐ-UBND", "QĐ-UBND", "15"),
        ("15/qd-ubnd", "QĐ-UBND", "15"),
        ("15 / QĐ - UBND", "QĐ-UBND", "15"),
        ("", None, None),
    ],
)
def test_document_number_shapes(text, own, expected):
    assert fields.document_number_value(text, own) == expected


@pytest.mark.parametrize(
    "text", ["=cmd", "+15", "15/XYZ", "15/GM-UBND", "a15", "15abcd", "1" * 12, "15/QĐ-UBND/x"]
)
def test_document_number_refusals(text):
    with pytest.raises(InvalidValue) as caught:
        fields.document_number_value(text, "QĐ-UBND")
    assert "15a" in caught.value.vi and "QĐ-UBND" in caught.value.vi


def test_document_number_kind_is_no_free_text():
    with pytest.raises(InvalidValue):
        parse_value(fields.DOCUMENT_NUMBER, "=cmd")


# -- 5. number cells never invent values --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.000", 1000),
        ("12.345", 12345),
        ("1,000", 1000),
        ("1.000.000", 1_000_000),
        ("30", 30),
        (" 45 ", 45),
        (30.0, 30),
        (12, 12),
    ],
)
def test_thousands_separators_in_groups_of_three_are_read(text, value):
    assert parse_value(FieldKind("int", minimum=0, maximum=10**7), text) == value


@pytest.mark.parametrize(
    "text",
    ["7,5", "1.5", "1.50", "12.34", "1,000.000", "1.000,5", 7.5, "1..000", ".5", "1" * 10_001, float("nan")],
)
def test_decimals_are_refused_naming_the_range(text):
    with pytest.raises(InvalidValue) as caught:
        parse_value(MINUTES, text)
    assert "cần một số nguyên từ 1 đến 600" in caught.value.vi


def test_the_agenda_cell_and_the_plan_editor_refuse_seven_and_a_half_minutes(commune):
    from app.services.database import open_database
    from app.services.records import SPECS, RecordSource

    store = open_database(str(commune))
    try:
        with store.session() as session:
            from app.services.conference import current_in

            conference = current_in(session, store.unit_id).id
        agenda = RecordSource(store, SPECS["agenda_items"], conference_id=conference, unit_id=store.unit_id)
        for typed in ("7,5", "1.5"):
            with pytest.raises(InvalidValue) as caught:
                agenda.parse("minutes", typed)  # what the desk's cell, paste and import all call
            assert "cần một số nguyên từ 1 đến 600" in caught.value.vi
        assert agenda.parse("minutes", "45") == 45
    finally:
        store.close()


# -- 6. one rule for an agenda item's minutes -----------------------------------------------------
def test_a_plan_with_a_zero_minute_item_is_refused_like_a_conference_agenda():
    from app.domain.plan import plan_problems
    from app.services.plans import normalise

    data = normalise(
        json.loads(
            (Path(__file__).parents[1] / "resources" / "plans" / "mau-tong-ket-nam.json").read_text(
                encoding="utf-8"
            )
        )
    )
    assert plan_problems(data) == []
    low, high = 1, 600
    assert (NUMBER_KINDS["minutes"].minimum, NUMBER_KINDS["minutes"].maximum) == (low, high)
    for minutes in (0, 601, -5, 1.5, "10", None):
        data["rules"]["agenda"][0]["minutes"] = minutes
        problems = plan_problems(data)
        assert [p.where for p in problems] == ["agenda.1"], (minutes, problems)
        assert "từ 1 đến 600" in problems[0].vi
    data["rules"]["agenda"][0]["minutes"] = 1
    assert plan_problems(data) == []


def test_year_kind_message_names_its_range():
    with pytest.raises(InvalidValue) as caught:
        parse_value(YEAR, "1850")
    assert "từ 1900 đến" in caught.value.vi


# -- 8. hostile files outside bundles ------------------------------------------------------------
def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("content", [_nested(100_000), '{"a":' * 100_000 + "1" + "}" * 100_000])
def test_plan_import_of_a_file_nested_100000_deep_is_one_line(commune, tmp_path, capsys, content):
    path = tmp_path / "nest.json"
    path.write_text(content, encoding="utf-8")
    before = dump(commune)
    assert main(["--db", str(commune), "plan", "import", str(path), "--yes"]) == 1
    assert "nest.json" in _one_line_error(capsys)
    assert dump(commune) == before


def test_plan_files_with_a_bom_still_read(commune, tmp_path, capsys):
    out = tmp_path / "plan.json"
    assert main(["--db", str(commune), "plan", "export", "mau-tong-ket-nam", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    data["code"] = "mau-co-bom"  # a new plan of this unit
    out.write_bytes(b"\xef\xbb\xbf" + json.dumps(data, ensure_ascii=False).encode("utf-8"))
    capsys.readouterr()
    assert main(["--db", str(commune), "plan", "import", str(out)]) == 0, capsys.readouterr().err


def test_the_bounded_loader_lives_in_one_place():
    from app.domain import jsonsafe
    from app.sync import bundle

    assert bundle.loads_bounded is jsonsafe.loads_bounded
    root = Path(__file__).parents[1] / "app"
    defined = [
        p.relative_to(root).as_posix()
        for p in root.rglob("*.py")
        if "def loads_bounded(" in p.read_text(encoding="utf-8")
    ]
    assert defined == ["domain/jsonsafe.py"]
    with pytest.raises(ValueError):
        jsonsafe.loads_bounded(_nested(100_000).encode())


def _template(tmp_path: Path, change) -> Path:
    shipped = (
        Path(__file__).parents[1] / "resources" / "templates" / "certificates" / "giay-khen-a4-ngang.json"
    )
    data = json.loads(shipped.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "phoi.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _set_box(index: int, value: object):
    def change(data: dict) -> None:
        data["fields"]["recipient"]["box"][index] = value

    return change


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d["fields"]["issuer"].update(color="đỏ"), "#RRGGBB"),
        (lambda d: d["fields"]["issuer"].update(color=12), "#RRGGBB"),
        (_set_box(0, float("nan")), "số"),
        (_set_box(2, float("inf")), "số"),
        (_set_box(1, 1e308), "mm"),
        (_set_box(2, 0), "lớn hơn 0"),
        (_set_box(2, 290), "ngoài khổ giấy"),
        (_set_box(0, -5), "mm"),
        (lambda d: d["page"].update(width=0), "chiều rộng trang"),
        (lambda d: d["page"].update(height=float("nan")), "chiều cao trang"),
        (lambda d: d["page"].update(width=1e9), "chiều rộng trang"),
        (lambda d: d.pop("page"), "khổ giấy"),
        (lambda d: d.update(fields=[]), "các ô"),
        (lambda d: d["fields"]["issuer"].update(size=float("nan")), "cỡ chữ"),
        (lambda d: d["fields"]["issuer"].update(lines=10**9), "số dòng"),
        (lambda d: d["fields"]["issuer"].update(align="justify"), "căn lề"),
        (lambda d: d["blank"]["frame"].append([1, 2, 3, float("nan"), 1, "#000000"]), "blank"),
        (lambda d: d["blank"]["texts"].append(["x", 1, 2, 12, True, "đỏ"]), "#RRGGBB"),
    ],
)
def test_a_broken_certificate_template_is_one_line(commune, tmp_path, capsys, change, words):
    assert (
        main(["--db", str(commune), "print", "decision", "--number", "3", "--out", str(tmp_path / "qd.pdf")])
        == 0
    )
    capsys.readouterr()
    out = tmp_path / "gk.pdf"
    template = _template(tmp_path, change)
    for extra in ([], ["--test-page"]):
        assert (
            main(
                [
                    "--db",
                    str(commune),
                    "print",
                    "certificates",
                    "--template",
                    str(template),
                    "--out",
                    str(out),
                    *extra,
                ]
            )
            == 1
        )
        err = _one_line_error(capsys)
        assert "phoi.json" in err and words in err, err
        assert not out.exists()


def test_a_template_nested_100000_deep_is_one_line(commune, tmp_path, capsys):
    path = tmp_path / "nest.json"
    path.write_text(_nested(100_000), encoding="utf-8")
    assert (
        main(
            [
                "--db",
                str(commune),
                "print",
                "certificates",
                "--template",
                str(path),
                "--test-page",
                "--out",
                str(tmp_path / "gk.pdf"),
            ]
        )
        == 1
    )
    assert "nest.json" in _one_line_error(capsys)


@pytest.mark.parametrize("offset", ["nan,0", "0,nan", "inf,1", "-inf;2", "31,0", "0,-30.5", "1e400,0"])
def test_a_calibration_offset_must_be_finite_and_within_30_mm(commune, tmp_path, capsys, offset):
    out = tmp_path / "thu.pdf"
    assert (
        main(
            [
                "--db",
                str(commune),
                "print",
                "certificates",
                "--test-page",
                f"--calibrate={offset}",
                "--out",
                str(out),
            ]
        )
        == 1
    )
    err = _one_line_error(capsys)
    assert "mm" in err or "milimét" in err
    assert not out.exists()


def test_the_desk_offset_is_checked_by_the_same_rule(commune, tmp_path):
    from app.errors import AppError
    from app.services.database import open_database
    from app.services.printing.certificates import write_certificates
    from app.services.printing.context import load_context

    store = open_database(str(commune))
    try:
        ctx = load_context(store)
    finally:
        store.close()
    for offset in ((float("nan"), 0.0), (0.0, 40.0)):
        with pytest.raises(AppError):
            write_certificates(ctx, tmp_path / "thu.pdf", offset=offset, test_page=True)
    assert write_certificates(ctx, tmp_path / "thu.pdf", offset=(1.5, -2.0), test_page=True) == 1


# -- 10. the spreadsheet importer loses nothing silently ------------------------------------------
def _sheet(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Thành tích"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_a_row_with_data_and_no_name_is_refused_not_skipped(commune, tmp_path, capsys):
    path = _sheet(
        tmp_path / "ds.xlsx",
        [
            [1, "Nguyễn Văn An", 1980, "Công nhân", "Hoàn thành xuất sắc nhiệm vụ."],
            [
                2,
                '=B2&""',
                1981,
                "Nông dân",
                "Có công thức ở ô tên, Excel chưa tính.",
            ],  # formula, no cached value
            [3, None, 1982, "Giáo viên", "Tên bị xóa mất, dữ liệu còn."],
            [4, None, None, None, None],  # a numbered but empty line of the form: nothing to lose
            [5, "Trần Thị Bình", 1985, "Y sĩ", "Tận tụy."],
        ],
    )
    before = dump(commune)
    assert main(["--db", str(commune), "xlsx", "import", "honorees", str(path)]) == 1
    out = capsys.readouterr().out
    lines = {
        int(line.split(":")[0].split()[-1]): line for line in out.splitlines() if line.startswith("  dòng ")
    }
    assert "TỪ CHỐI" in lines[3] and "công thức" in lines[3] and "Họ và tên" in lines[3]
    assert "TỪ CHỐI" in lines[4] and "không có tên" in lines[4] and "Năm sinh" in lines[4]
    assert "bỏ qua" in lines[5]
    assert "nhập" in lines[2] and "nhập" in lines[6]
    assert dump(commune) == before  # all or nothing


def test_refusals_quote_only_the_start_of_a_long_value(commune, tmp_path, capsys):
    huge = "1" * 10_001
    path = _sheet(
        tmp_path / "dai.xlsx",
        [
            [1, "Nguyễn Văn An", huge, "Công nhân", "Tốt."],
            [2, "Lê Văn " + "B" * 10_001, 1980, "Công nhân", "Tốt."],
        ],
    )
    assert main(["--db", str(commune), "xlsx", "import", "honorees", str(path)]) == 1
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) < 300
    assert "cần một số nguyên từ 1900 đến" in out  # the birth year is read by the YEAR kind


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("1850", False),
        ("2100", False),
        ("1985", True),
        ("12/05/1985", True),
        ("31/12/1899", False),
        ("1985,5", False),
    ],
)
def test_the_birth_year_of_a_spreadsheet_is_the_year_kind(commune, tmp_path, typed, accepted):
    from app.services.database import open_database
    from app.services.spreadsheet_import import plan_import

    path = _sheet(tmp_path / "nam.xlsx", [[1, "Nguyễn Văn An", typed, "Công nhân", "Tốt."]])
    store = open_database(str(commune))
    try:
        row = plan_import(store, "honorees", path).rows[0]
    finally:
        store.close()
    assert (row.status != "refused") is accepted, row
    if not accepted:
        assert any("từ 1900 đến" in note for note in row.notes), row.notes


# -- 11. a post text is recognised only when the whole text is accounted for -------------------------
@pytest.fixture(scope="module")
def protocol(commune_template):
    from app.services.database import open_database
    from app.services.protocol import load_protocol

    store = open_database(str(commune_template))
    try:
        with store.session() as session:
            return load_protocol(session)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Trưởng Ban Dân vận Tỉnh ủy", "truong-ban-dang"),
        ("Trưởng ban Dân vận Đảng ủy phường Phú Thủy", "truong-ban-dang"),
        ("Bí thư Chi bộ khu phố 3", "bi-thu-chi-bo"),
        ("Bí thư Chi bộ thôn Phú Sơn", "bi-thu-chi-bo"),
        ("Trưởng khu phố 3", "truong-thon"),
        ("Giám đốc Sở Lao động - Thương binh và Xã hội", "giam-doc-so"),
        ("Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "pho-giam-doc-so"),
        ("Phó Giám đốc Công ty TNHH Hải sản Phan Thiết", "pho-giam-doc"),
        ("Giám đốc Công ty Cổ phần Nước mắm Phan Thiết", "giam-doc"),
        ("Chủ tịch UBND xã Hàm Chính, huyện Hàm Thuận Bắc", "chu-tich-ubnd"),
        ("Chủ tịch UB MTTQ VN xã", "chu-tich-mttq"),
        ("Hiệu trưởng Trường THCS Nguyễn Du", "hieu-truong"),
        ("Chủ tịch Công đoàn Ủy ban MTTQ Việt Nam tỉnh", "chu-tich-cong-doan"),
        ("nguyên Bí thư Đảng ủy phường Phú Thủy", "bi-thu"),
    ],
)
def test_whole_post_texts_are_recognised(protocol, text, code):
    place = protocol.posts.place(text, 3)
    assert place.post is not None and place.post.code == code, (text, place)
    assert place.unknown == ()


@pytest.mark.parametrize(
    "text",
    [
        "Trưởng ban Dân vận khu phố",  # a neighbourhood post, not the Party committee's board
        "Trưởng ban Dân vận khu phố 3",
        "Trưởng Ban Dân vận Khu phố 3",
        "Trưởng ban Dân vận thôn Phú Sơn",
        "Bí thư Hội Nông dân",  # not "Bí thư" (Party Secretary) followed by anything
        "Chủ tịch UBND tạm thời",
        "Phó Bí thư Đảng ủy phụ trách khu phố",
        "Trưởng ban lễ tân khu phố",
    ],
)
def test_a_partly_matching_post_text_is_unknown(protocol, text):
    place = protocol.posts.place(text, 3, default_block=3)
    assert place.post is None and place.unknown == (text,), (text, place)
    assert (place.block, place.rank) == (3, 999)  # last in its category's block


def test_the_reviewers_invitee_is_flagged_and_placed_last_in_the_government_block(commune, capsys):
    from sqlalchemy import select

    from app.services.database import open_database
    from app.services.printing.context import load_context
    from app.store.models import Conference, Invitee

    store = open_database(str(commune))
    try:
        with store.session() as session:
            conference = session.scalars(select(Conference)).first()
            session.add(
                Invitee(
                    conference_id=conference.id,
                    owner_unit_id=conference.owner_unit_id,
                    family_middle="Nguyễn Thị",
                    given="Hoa",
                    category="chinh-quyen",
                    honorific="Bà",
                    gender="nu",
                    position="Trưởng ban Dân vận khu phố",
                )
            )
        ctx = load_context(store)
    finally:
        store.close()
    people = [p for p in ctx.invitees if p.place.level == 3]
    hoa = next(p for p in people if p.name == "Nguyễn Thị Hoa")
    assert "Đảng ủy" not in hoa.heading and hoa.place.block == 3
    government = [p for p in people if p.place.block == 3]
    assert government[-1] is hoa and len(government) > 1
    assert main(["--db", str(commune), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    unknown = [f for c in report["conferences"] for f in c["findings"] if f["code"] == "unknown-post"]
    assert unknown and "Trưởng ban Dân vận khu phố" in unknown[0]["message"]


# -- 12. smaller: what the services print ---------------------------------------------------------------
def test_plan_show_prints_words_not_placeholders_or_codes(commune, capsys):
    from app.services.database import open_database
    from app.services.plans import plan_lines

    assert main(["--db", str(commune), "plan", "new", "--from", "mau-tong-ket-nam", "--period", "2026"]) == 0
    new_code = capsys.readouterr().out.strip().splitlines()[-1]
    for ref in ("mau-tong-ket-nam", "binh-thuan-dhtt-2025", new_code):
        assert main(["--db", str(commune), "plan", "show", ref]) == 0
        out = capsys.readouterr().out
        store = open_database(str(commune))
        try:
            assert out.splitlines() == plan_lines(store, ref)  # the CLI prints the service's lines
        finally:
            store.close()
        assert "{" not in out and "}" not in out, out
        words = "\n".join(
            line for line in out.splitlines() if not line.strip().startswith("Mã:")
        )  # the plan's own code
        for code in ("tong-ket-nam", "cong-nhan", "nong-dan", "lao-dong-truc-tiep", "hoi-nghi-dhtt"):
            assert code not in words, (code, out)
        for line in out.splitlines():
            if "hạn " in line:
                dates = [word.strip(";,()") for word in line.split() if word.count("/") == 2]
                assert len(dates) == len(set(dates)) == 1, line  # each deadline said once
    assert "năm 2026; phương hướng, nhiệm vụ năm 2027" in out  # the plan's own period, written out


def test_register_numbers_run_in_the_annex_order_for_identical_names(commune, tmp_path):
    from app.services.database import open_database
    from app.services.printing.context import load_context

    names = [n for (n,) in _rows(commune, "select name from honorees where collective = 1")]
    assert any(names.count(n) > 1 for n in names)  # "Tổ dân phố 9, phường Phú Thủy" twice in the demo
    assert (
        main(
            [
                "--db",
                str(commune),
                "print",
                "decision",
                "--number",
                "7",
                "--date",
                "05/03/2025",
                "--out",
                str(tmp_path / "qd.pdf"),
            ]
        )
        == 0
    )
    store = open_database(str(commune))
    try:
        decision = load_context(store).commendations.decisions[0]
    finally:
        store.close()
    numbers = [p.register_no for p in (*decision.collectives, *decision.individuals)]
    assert numbers == list(range(1, len(numbers) + 1))


def test_commendation_labels_follow_the_unit_kind(commune, tmp_path, capsys):
    from pypdf import PdfReader

    out = tmp_path / "ds.pdf"
    assert main(["--db", str(commune), "print", "decision", "--out", str(tmp_path / "qd.pdf")]) == 0
    assert "“Giấy khen của Chủ tịch UBND phường”" in capsys.readouterr().err
    assert main(["--db", str(commune), "print", "honorees", "--out", str(out)]) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Chủ tịch UBND phường" in text and "Chủ tịch UBND xã" not in text


@pytest.mark.parametrize(
    ("kind", "name", "expected"),
    [
        ("xa", "Phường Phú Thủy", "Giấy khen của Chủ tịch UBND phường"),
        ("xa", "Thị trấn Phú Long", "Giấy khen của Chủ tịch UBND thị trấn"),
        ("xa", "Xã Hàm Chính", "Giấy khen của Chủ tịch UBND xã"),
        ("huyen", "Thành phố Phan Thiết", "Giấy khen của Chủ tịch UBND thành phố"),
        ("huyen", "Thị xã La Gi", "Giấy khen của Chủ tịch UBND thị xã"),
        ("huyen", "Huyện Hàm Thuận Bắc", "Giấy khen của Chủ tịch UBND huyện"),
    ],
)
def test_the_label_words_are_catalogue_data(commune, kind, name, expected):
    from types import SimpleNamespace

    from app.services.catalogues import commendation_labels
    from app.services.database import open_database

    form = "giay-khen-chu-tich-xa" if kind == "xa" else "giay-khen-chu-tich-huyen"
    store = open_database(str(commune))
    try:
        with store.session() as session:
            unit = SimpleNamespace(kind=kind, name=name)
            labels = commendation_labels(session, unit)
            assert labels[form] == expected
            assert (
                labels["bang-khen-chu-tich-tinh"] == "Bằng khen của Chủ tịch UBND tỉnh"
            )  # not this unit's kind
            from app.store.models import CatalogueItem

            for item in session.query(CatalogueItem).filter(CatalogueItem.catalogue == "unit_word"):
                session.delete(item)
            session.flush()
            assert commendation_labels(session, unit)[form] == (
                "Giấy khen của Chủ tịch UBND xã" if kind == "xa" else "Giấy khen của Chủ tịch UBND huyện"
            )
            session.rollback()
    finally:
        store.close()


def test_check_names_each_conference(commune, capsys):
    from app.services.checks import plan_reports
    from app.services.database import open_database

    assert (
        main(
            ["--db", str(commune), "conference", "new", "--plan", "mau-tong-ket-nam", "--date", "15/12/2025"]
        )
        == 0
    )
    capsys.readouterr()
    store = open_database(str(commune))
    try:
        reports = plan_reports(store)
    finally:
        store.close()
    assert len(reports) == 2 and reports[0].unit_code == reports[1].unit_code
    headings = [r.heading for r in reports]
    assert len(set(headings)) == 2
    assert "15/12/2025" in headings[1] and "01/03/2025" in headings[0]
    assert all(h.startswith("22915 — Phường Phú Thủy — Hội nghị") for h in headings)


def test_periods_in_printed_titles_never_break(commune_template):
    from app.services.database import open_database
    from app.services.printing import blocks
    from app.services.printing.contents import BUILDERS
    from app.services.printing.context import load_context
    from app.services.printing.fonts import register
    from app.services.printing.pdf import _Renderer

    register()
    store = open_database(str(commune_template))
    try:
        ctx = load_context(store)
    finally:
        store.close()
    seen = 0
    for kind in ("programme", "invitations", "honorees", "script", "decision"):
        document = BUILDERS[kind](ctx)
        renderer = _Renderer(document)
        for block in document.blocks:
            if not isinstance(block, blocks.Title):
                continue
            for flowable in renderer.title(block):
                if flowable.__class__.__name__ != "Paragraph":
                    continue
                flowable.wrap(renderer.width, 10_000)
                lines = [" ".join(w for w in line[1] if isinstance(w, str)) for line in flowable.blPara.lines]
                seen += "2020" in " ".join(lines)
                for line in lines[:-1]:
                    assert not line.rstrip().endswith(("-", "–")), (kind, lines)
    assert seen  # the titles do carry the period


def test_a_period_is_held_together_and_nothing_else_changes():
    from app.domain.formats import unbroken_periods

    assert unbroken_periods("giai đoạn 2020 - 2025") == "giai đoạn 2020\u00a0-\u00a02025"
    assert unbroken_periods("2020 – 2025") == "2020\u00a0–\u00a02025"
    assert unbroken_periods("năm 2025; 2020-2025; số 12 - 15") == "năm 2025; 2020-2025; số 12 - 15"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("31/02/2025", "không phải ngày hợp lệ"),
        ("01/01/1800", "từ 1900 đến 2100"),
        ("hôm qua", "dd/MM/yyyy"),
    ],
)
def test_a_date_option_is_read_by_the_one_date_rule(commune, tmp_path, capsys, typed, said):
    """``--date`` on the command line says what the desk's date cell says: 31/02 is not a day
    (it was called a wrong format), 1800 is out of range; nothing is written."""
    before = dump(commune)
    out = tmp_path / "ct.pdf"
    assert main(["--db", str(commune), "print", "programme", "--date", typed, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1
    assert not out.exists() and dump(commune) == before


def test_random_bytes_as_a_plan_file_are_called_not_text(commune, tmp_path, capsys):
    """A file of random bytes is "not UTF-8 text", not "nested too deep" (its stray brackets were
    counted before it was decoded)."""
    junk = tmp_path / "ke-hoach.json"
    junk.write_bytes(bytes([0xC0, 0x5B, 0x7B]) * 1000)
    before = dump(commune)
    assert main(["--db", str(commune), "plan", "import", str(junk)]) == 1
    err = capsys.readouterr().err
    assert "không phải văn bản UTF-8" in err and "sâu" not in err
    assert dump(commune) == before
