"""The unit registry: official divisions from the package, any tree from CSV/XLSX, all or nothing."""

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.errors import AppError
from app.services.registry import RowsRejected, import_official, import_unit_file
from app.store.models import Unit
from tests.conftest import dump


def _units(store):
    with store.session() as s:
        units = s.scalars(select(Unit)).all()
        by_id = {u.id: u.code for u in units}
        return {u.code: (u.name, u.kind, u.unit_group, by_id.get(u.parent_id)) for u in units}


def test_official_import_of_a_province_from_the_package(store):
    result = import_official(store, "Lâm Đồng")
    units = _units(store)
    assert result.created == len(units) > 100
    assert units["68"] == ("Tỉnh Lâm Đồng", "tinh", "P", None)
    wards = [v for k, v in units.items() if k != "68"]
    assert all(parent == "68" and kind == "xa" and group == "A" for _, kind, group, parent in wards)
    assert any(name.startswith("Phường Xuân Hương") for name, *_ in wards)
    # By code or without accents; a second import changes nothing.
    again = import_official(store, "lam dong")
    assert again.created == 0 and again.unchanged == result.created


def test_official_import_of_unknown_province(store):
    with pytest.raises(AppError, match="no province"):
        import_official(store, "Atlantis")


def test_csv_tree_of_any_depth(store, tmp_path):
    path = tmp_path / "tree.csv"
    path.write_text(
        "code,name,kind,parent code\n"
        "60,Tỉnh Bình Thuận,tinh,\n"
        "597,Huyện Hàm Thuận Bắc,huyen,60\n"
        "22978,Xã Hàm Chính,Xã; phường; thị trấn; đặc khu,597\n"
        "DN1,Công ty TNHH Thanh long,doanh nghiệp,597\n"
        "\n"
        "S01,Sở Nội vụ,so-nganh,60\n",
        encoding="utf-8-sig",
    )
    path.write_text(
        path.read_text(encoding="utf-8-sig").replace("Xã; phường; thị trấn; đặc khu", "xa"),
        encoding="utf-8-sig",
    )
    result = import_unit_file(store, path)
    assert result.created == 5
    units = _units(store)
    assert units["22978"] == ("Xã Hàm Chính", "xa", "A", "597")
    assert units["DN1"][1:] == ("doanh-nghiep", "A", "597")
    assert units["S01"][2] == "B"
    with store.session() as s:
        root = s.scalars(select(Unit).where(Unit.code == "60")).one()
        assert {u.owner_unit_id for u in s.scalars(select(Unit))} == {root.id}


def test_xlsx_with_vietnamese_headers_and_kind_labels(store, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Mã", "Tên đơn vị", "Loại", "Mã cấp trên"])
    ws.append(["68", "Tỉnh Lâm Đồng", "Tỉnh, thành phố trực thuộc trung ương", None])
    ws.append([24781, "Phường Xuân Hương - Đà Lạt", "Xã, phường, thị trấn, đặc khu", 68])
    path = tmp_path / "units.xlsx"
    wb.save(path)
    import_unit_file(store, path)
    assert _units(store)["24781"] == ("Phường Xuân Hương - Đà Lạt", "xa", "A", "68")


def test_bad_rows_are_reported_row_by_row_and_nothing_is_imported(store, db_path, tmp_path):
    import_official(store, "68")
    before = dump(db_path)
    path = tmp_path / "bad.csv"
    path.write_text(
        "code,name,kind,parent\n"
        "A1,Đơn vị tốt,xa,68\n"
        ",Không có mã,xa,68\n"
        "A3,,xa,68\n"
        "A4,Loại lạ,vũ trụ,68\n"
        "A1,Trùng mã,xa,68\n"
        "A6,Cấp trên lạ,xa,ZZZ\n"
        "C1,Vòng 1,xa,C2\n"
        "C2,Vòng 2,xa,C1\n",
        encoding="utf-8",
    )
    with pytest.raises(RowsRejected) as info:
        import_unit_file(store, path)
    problems = "\n".join(info.value.problems)
    for line in ("dòng 3", "dòng 4", "dòng 5", "dòng 6", "dòng 7", "dòng 8"):
        assert line in problems
    assert "vòng" in problems
    assert "dòng 2:" not in problems
    assert dump(db_path) == before
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Unit).where(Unit.code == "A1")) == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("nocols.csv", b"ma,ghi chu\n1,x\n", "lacks columns"),
        ("latin1.csv", "code,name,kind\n1,Xã Đức,xa\n".encode("cp1258", errors="replace"), "not UTF-8"),
        ("broken.xlsx", b"PK\x03\x04 not really a workbook", "broken"),
        ("units.pdf", b"%PDF-1.4", "unsupported"),
    ],
)
def test_unreadable_files_give_one_clear_error(store, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(AppError, match=message):
        import_unit_file(store, path)


def test_reimport_updates_names_and_parents(store, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        "code,name,kind,parent\nP,Tỉnh A,tinh,\nD,Huyện B,huyen,P\nX,Xã C,xa,D\n", encoding="utf-8"
    )
    import_unit_file(store, path)
    path.write_text("code,name,kind,parent\nP,Tỉnh A,tinh,\nX,Xã C mới,xa,P\n", encoding="utf-8")
    result = import_unit_file(store, path)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert _units(store)["X"] == ("Xã C mới", "xa", "A", "P")
