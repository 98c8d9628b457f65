"""What an import would do, before it is done: the plan of a spreadsheet import, row by row
(imported, converted, refused with its reason, skipped), its one-line refusal and its report.
Made by :func:`app.services.spreadsheet_import.plan_import`. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.fields import short
from app.errors import AppError


@dataclass
class RowReport:
    line: int
    status: str  # import, converted, refused, skipped
    values: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass
class ImportPlan:
    table: str
    file: Path
    header_line: int
    columns: dict[int, str]  # column index → field
    headers: list[str]
    unmapped: list[str]
    rows: list[RowReport]
    conversions: list[tuple[int, str, str]] = field(default_factory=list)  # (line, before, after)

    @property
    def refused(self) -> list[RowReport]:
        return [r for r in self.rows if r.status == "refused"]

    @property
    def to_import(self) -> list[RowReport]:
        return [r for r in self.rows if r.status in ("import", "converted")]

    def check(self) -> None:
        """Raise the one-line refusal when any row is refused (then nothing may be imported)."""
        if self.refused:
            raise AppError(
                f"{len(self.refused)} dòng có lỗi; chưa nhập dòng nào. Sửa tệp rồi nhập lại.",
                f"{len(self.refused)} bad rows; nothing imported",
            )

    def report_lines(self) -> list[str]:
        out = [
            f"Tệp {self.file.name}: dòng tiêu đề {self.header_line}; cột nhận ra: "
            + ", ".join(f"“{self.headers[i]}” → {f}" for i, f in sorted(self.columns.items()) if f != "-")
        ]
        if self.unmapped:
            out.append(
                'Cột chưa dùng (ghép bằng --map "Cột=trường"): ' + ", ".join(f"“{h}”" for h in self.unmapped)
            )
        word = {
            "import": "nhập",
            "converted": "nhập (đã chuyển mã)",
            "refused": "TỪ CHỐI",
            "skipped": "bỏ qua",
        }
        for row in self.rows:
            name = row.values.get("name") or ""
            text = f"  dòng {row.line}: {word[row.status]}" + (f" — {short(name, 80)}" if name else "")
            if row.notes:
                text += " (" + "; ".join(note.rstrip(".") for note in row.notes) + ")"
            out.append(text)
        out.append(f"Tổng: {len(self.to_import)} dòng sẽ nhập, {len(self.refused)} dòng bị từ chối.")
        return out
