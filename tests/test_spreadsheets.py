"""Excel in and out, with spreadsheets built here the way offices make them."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from app.cli.main import main
from app.domain.legacy import detect, from_tcvn3, from_vni
from app.services.spreadsheet_import import apply_import, plan_import
from tests.conftest import dump
from tests.syncing import opened


def office_workbook(
    path: Path,
    rows: list[list[object]],
    fonts: dict[tuple[int, int], str] | None = None,
    bad_year: bool = False,
) -> Path:
    """Title rows, a two-row header with "Năm sinh" merged over "Nam" | "Nữ", section rows."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "UBND XÃ HÀM CHÍNH"
    ws["A2"] = "DANH SÁCH CÁ NHÂN, TẬP THỂ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2020 - 2025"
    ws.merge_cells("A2:G2")
    headers = ["STT", "Họ và tên", "Năm sinh", None, "Chức vụ", "Đơn vị công tác", "Lĩnh vực", "Thành tích"]
    for col, text in enumerate(headers, start=1):
        ws.cell(4, col, text)
    ws.merge_cells("C4:D4")
    for col in (1, 2, 5, 6, 7, 8):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.cell(5, 3, "Nam")
    ws.cell(5, 4, "Nữ")
    for r, row in enumerate(rows, start=6):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    for (r, c), font in (fonts or {}).items():
        ws.cell(r, c).font = Font(name=font)
    wb.save(path)
    return path


TCVN3_NAME = "NguyÔn V¨n HËu"  # Nguyễn Văn Hậu
VNI_NAME = "Traàn Thò Beù"  # Trần Thị Bé
NFD_NAME = unicodedata.normalize("NFD", "Lê Thị Ánh Tuyết")


def sample_rows() -> list[list[object]]:
    return [
        [None, "I. TẬP THỂ"],
        [
            1,
            "Tổ hợp tác thanh long Hàm Chính",
            None,
            None,
            None,
            "xã Hàm Chính",
            "Nông nghiệp",
            "Dẫn đầu phong trào",
        ],
        [None, "II. CÁ NHÂN"],
        [2, NFD_NAME, None, 1985, "Giáo viên", "Trường THCS Hàm Chính", "Giáo dục", "Giáo viên dạy giỏi"],
        [3, TCVN3_NAME, 1979, None, "N«ng d©n", "Th«n 2", "Nông nghiệp", "S¶n xuÊt giái"],
        [4, VNI_NAME, None, 1990, "Coâng nhaân", "Coâng ty May", "Kinh tế số", "Lao ñoäng gioûi"],
        [],
        [
            5,
            "Phạm Văn Minh",
            "=1960+20",
            None,
            "Cựu chiến binh",
            "Thôn 1",
            "Quốc phòng - an ninh",
            "Gương mẫu",
        ],
    ]


def test_legacy_text_is_detected_and_converted():
    assert from_tcvn3("hép møt tÕt") == "hộp mứt tết"
    assert from_vni("Xin chaøo caùc baïn") == "Xin chào các bạn"
    assert from_tcvn3("nguyÔn v¨n hËu", upper=True) == "NGUYỄN VĂN HẬU"
    assert detect("Chñ tÞch UBND x· Hµm ChÝnh") == "tcvn3"
    assert detect("Ñoàng chí Phaïm Thò Thu Thuûy") == "vni"
    assert detect("Nguyễn Văn An") is None


def test_an_office_workbook_imports_with_every_quirk_handled(commune_db, tmp_path):
    fonts = {
        (10, 2): ".VnTime",
        (10, 5): ".VnTime",
        (10, 6): ".VnTime",
        (10, 8): ".VnTime",
        (11, 2): "VNI-Times",
        (11, 5): "VNI-Times",
        (11, 6): "VNI-Times",
        (11, 8): "VNI-Times",
    }
    path = office_workbook(tmp_path / "danh-sach.xlsx", sample_rows(), fonts)
    with opened(commune_db) as store:
        plan = plan_import(store, "honorees", path)
        assert plan.header_line == 4 and not plan.refused
        by_name = {r.values["name"]: r for r in plan.to_import}
        assert set(by_name) == {
            "Tổ hợp tác thanh long Hàm Chính",
            "Lê Thị Ánh Tuyết",
            "Nguyễn Văn Hậu",
            "Trần Thị Bé",
            "Phạm Văn Minh",
        }
        assert by_name["Tổ hợp tác thanh long Hàm Chính"].values["collective"] is True
        tuyet = by_name["Lê Thị Ánh Tuyết"].values
        assert (tuyet["family_middle"], tuyet["given"], tuyet["gender"], tuyet["birth_year"]) == (
            "Lê Thị Ánh",
            "Tuyết",
            "nu",
            1985,
        )
        hau = by_name["Nguyễn Văn Hậu"]
        assert (
            hau.status == "converted"
            and hau.values["position"] == "Nông dân"
            and hau.values["gender"] == "nam"
        )
        assert by_name["Trần Thị Bé"].values["workplace"] == "Công ty May"
        assert any("ngoài danh mục" in n for n in by_name["Trần Thị Bé"].notes)  # "Kinh tế số": kept, flagged
        assert by_name["Trần Thị Bé"].values["field"] == "Kinh tế số"
        assert any("công thức" in n for n in by_name["Phạm Văn Minh"].notes)
        assert (10, TCVN3_NAME, "Nguyễn Văn Hậu") in plan.conversions
        count = apply_import(store, plan)
    assert count == 5
    con = sqlite3.connect(commune_db)
    row = con.execute("select name, birth_year, field from honorees where given = 'Tuyết'").fetchone()
    assert row == ("Lê Thị Ánh Tuyết", 1985, "giao-duc")
    assert unicodedata.is_normalized("NFC", row[0])


def test_a_bad_birth_year_refuses_the_file_and_imports_nothing(commune_db, tmp_path, capsys):
    rows = sample_rows()
    rows[3][3] = "19855"
    path = office_workbook(tmp_path / "loi.xlsx", rows)
    before = dump(commune_db)
    code = main(["--db", str(commune_db), "xlsx", "import", "honorees", str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and "dòng 9: TỪ CHỐI" in out
    assert "năm sinh: 19855 nằm ngoài khoảng cho phép (cần một số nguyên từ 1900 đến" in out  # the YEAR rule
    assert "nothing imported" in err
    assert dump(commune_db) == before


def test_dry_run_reports_and_changes_nothing_then_the_import_happens(commune_db, tmp_path, capsys):
    path = office_workbook(tmp_path / "ds.xlsx", sample_rows())
    before = dump(commune_db)
    assert main(["--db", str(commune_db), "xlsx", "import", "honorees", str(path), "--dry-run"]) == 0
    assert "5 dòng sẽ nhập" in capsys.readouterr().out
    assert dump(commune_db) == before
    assert main(["--db", str(commune_db), "xlsx", "import", "honorees", str(path)]) == 0
    assert "Đã nhập 5 dòng" in capsys.readouterr().out


def test_tcvn3_without_fonts_is_found_by_its_characters(commune_db, tmp_path):
    rows = [
        [1, "NguyÔn V¨n HËu", 1979, None, "Chñ tÞch Héi N«ng d©n", "Th«n 2", "", ""],
        [2, "TrÇn ThÞ BÐ", None, 1991, "Gi¸o viªn", "Tr­êng MÇm non", "", ""],
    ]
    path = office_workbook(tmp_path / "tcvn3.xlsx", rows)
    with opened(commune_db) as store:
        plan = plan_import(store, "honorees", path)
    names = [r.values["name"] for r in plan.to_import]
    assert names == ["Nguyễn Văn Hậu", "Trần Thị Bé"]
    assert plan.to_import[1].values["workplace"] == "Trường Mầm non"


def test_csv_with_bom_and_a_remembered_column_mapping(commune_db, tmp_path, capsys):
    path = tmp_path / "khach.csv"
    path.write_text(
        "\ufeffSTT,Họ và tên,Nơi làm việc hiện nay,Giới tính\n1,Võ Thị Sáu,Hội LHPN xã,Nữ\n", encoding="utf-8"
    )
    assert main(["--db", str(commune_db), "xlsx", "import", "invitees", str(path), "--dry-run"]) == 0
    assert "Nơi làm việc hiện nay" in capsys.readouterr().out  # reported as unmapped
    assert (
        main(
            [
                "--db",
                str(commune_db),
                "xlsx",
                "import",
                "invitees",
                str(path),
                "--map",
                "Nơi làm việc hiện nay=workplace",
            ]
        )
        == 0
    )
    capsys.readouterr()
    row = (
        sqlite3.connect(commune_db)
        .execute("select workplace, gender from invitees where name = 'Võ Thị Sáu'")
        .fetchone()
    )
    assert row == ("Hội LHPN xã", "nu")
    with opened(commune_db) as store:  # remembered: the next file needs no --map
        plan = plan_import(store, "invitees", path)
    assert "workplace" in plan.columns.values()
    assert (
        main(["--db", str(commune_db), "xlsx", "import", "invitees", str(path), "--map", "Nơi làm việc"]) == 1
    )


@pytest.mark.slow  # seconds: run by CI, skipped by -m "not slow"
def test_exports_reopen_with_the_same_values(demo_db, tmp_path, capsys):
    out = tmp_path / "diem-hinh.xlsx"
    assert main(["--db", str(demo_db), "xlsx", "export", "honorees", "--out", str(out), "--all"]) == 0
    capsys.readouterr()
    sheet = load_workbook(out).active
    assert sheet.freeze_panes == "C4" and sheet["A3"].font.bold
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    con = sqlite3.connect(demo_db)
    stored = con.execute(
        "select h.name, h.birth_year, u.name from honorees h join units u on u.id = h.owner_unit_id "
        "where h.deleted = 0 and u.parent_id is not null"
    ).fetchall()
    assert len(rows) == len(stored)
    assert sorted((r[3], r[5], r[1]) for r in rows) == sorted(stored)
    assert [r[0] for r in rows[:3]] == [1, 2, 3]

    report = tmp_path / "tong-hop.xlsx"
    assert main(["--db", str(demo_db), "report", "progress", "--out", str(report)]) == 0
    book = load_workbook(report)
    assert book.sheetnames == [
        "Tiến độ",
        "Điển hình",
        "Theo lĩnh vực",
        "Theo đối tượng",
        "Đại biểu",
        "Khen thưởng 2020-2025",
    ]
    totals = [c.value for c in book["Điển hình"][book["Điển hình"].max_row]]
    individuals = con.execute(
        "select count(*) from honorees h join units u on u.id = h.owner_unit_id "
        "where h.deleted = 0 and h.collective = 0 and u.parent_id is not null"
    ).fetchone()[0]
    assert totals[1] == "Tổng cộng" and totals[3] == individuals
    held = book["Tiến độ"]["E4"]
    assert held.number_format == "dd/mm/yyyy"


def test_export_errors_are_one_line_and_leave_no_file(demo_db, tmp_path, capsys):
    assert main(["--db", str(demo_db), "xlsx", "export", "honorees", "--out", str(tmp_path / "x.csv")]) == 1
    assert (
        main(["--db", str(demo_db), "xlsx", "export", "honorees", "--out", str(tmp_path / "no" / "x.xlsx")])
        == 1
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and ".xlsx" in err
    assert list(tmp_path.glob("*.xlsx")) == []


def test_the_import_dialog_shows_each_row_lets_a_column_be_mapped_and_imports(qtbot, commune_db, tmp_path):
    from app.ui.spreadsheet_dialog import ImportDialog

    path = tmp_path / "ds.csv"
    path.write_text(
        "STT,Họ và tên,Năm sinh,Quê quán\n1,Đỗ Văn Hùng,1970,Hàm Chính\n2,Ngô Thị Lan,1988,Hàm Hiệp\n",
        encoding="utf-8",
    )
    with opened(commune_db) as store:
        dialog = ImportDialog(store, "honorees", path)
        qtbot.addWidget(dialog)
        assert dialog.rows.rowCount() == 2 and dialog.import_button.isEnabled()
        combo = dialog.mapping.cellWidget(3, 1)  # "Quê quán" is not known: map it to the workplace
        assert combo.currentData() == "-"
        combo.setCurrentIndex(combo.findData("workplace"))
        assert dialog.plan.to_import[0].values["workplace"] == "Hàm Chính"
        dialog.grab().save(str(tmp_path / "import-dialog.png"))
        dialog.apply()
        assert dialog.imported == 2
    row = (
        sqlite3.connect(commune_db)
        .execute("select workplace from honorees where name = 'Ngô Thị Lan'")
        .fetchone()
    )
    assert row == ("Hàm Hiệp",)


def test_the_desk_exports_the_list_it_shows(qtbot, commune_db, tmp_path):
    from app.services.conference import unit_conference
    from app.ui.desk import DeskWindow

    with opened(commune_db) as store:
        window = DeskWindow(store, unit_conference(store, store.unit_id).id)
        qtbot.addWidget(window)
        window.show_section("invitees")
        out = window.export_excel(tmp_path / "khach-moi.xlsx")
        count = (
            sqlite3.connect(commune_db)
            .execute("select count(*) from invitees where deleted = 0")
            .fetchone()[0]
        )
    sheet = load_workbook(out).active
    assert sheet["A3"].value == "STT" and sheet.max_row == 3 + count


def test_an_exported_list_imports_back_unchanged(commune_db, tmp_path, capsys):
    """Unicode text with symbols (5 m², 30°C) is never mistaken for a legacy encoding."""
    with sqlite3.connect(commune_db) as con:
        con.execute(
            "update honorees set achievement = 'Hiến 5 m² đất, làm đường ở nhiệt độ 30°C ± 2' "
            "where id = (select min(id) from honorees)"
        )
    out = tmp_path / "ds.xlsx"
    assert main(["--db", str(commune_db), "xlsx", "export", "honorees", "--out", str(out)]) == 0
    with opened(commune_db) as store:
        plan = plan_import(store, "honorees", out)
    count = (
        sqlite3.connect(commune_db).execute("select count(*) from honorees where deleted = 0").fetchone()[0]
    )
    assert len(plan.to_import) == count and not plan.refused and plan.conversions == []
    stored = dict(
        sqlite3.connect(commune_db)
        .execute("select name, achievement from honorees where deleted = 0 and achievement is not null")
        .fetchall()
    )
    assert all(
        stored.get(r.values["name"]) == r.values.get("achievement")
        for r in plan.to_import
        if r.values.get("achievement")
    )


def test_every_export_of_personal_data_is_recorded(trio, capsys):
    bundle = trio.export("22915")
    out = trio.folder / "ds.xlsx"
    assert main(["--db", str(trio.db("22915")), "xlsx", "export", "honorees", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["--db", str(trio.db("22915")), "exports", "--json"]) == 0
    log = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["target"], r["recipient"]) for r in log] == [
        ("bundle-up", str(bundle), "593"),
        ("xlsx-honorees", str(out), None),
    ]
    honorees = (
        sqlite3.connect(trio.db("22915"))
        .execute("select count(*) from honorees where deleted = 0")
        .fetchone()[0]
    )
    assert log[1]["rows"] == honorees and log[0]["rows"] > honorees
