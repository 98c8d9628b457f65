"""Stage 6 — the import summary as plain Vietnamese text: printed by ``hoinghi bundle import``,
shown in the window, saved beside the bundle and kept in the ledger's log."""

from __future__ import annotations

from app.domain.list_names import TABLE_LABELS
from app.sync.preview import Preview


def summary_text(preview: Preview) -> str:
    """The import summary as plain Vietnamese text (printed, saved, kept in the log)."""
    state = {
        "imported": "ĐÃ NHẬP",
        "ready": "XEM TRƯỚC (chưa nhập)",
        "already": "ĐÃ NHẬP TRƯỚC ĐÂY — không thay đổi gì",
        "refused": "BỊ TỪ CHỐI — không thay đổi gì",
        "cancelled": "CHƯA NHẬP — đã hủy giữa chừng",
    }[preview.status]
    lines = [f"Gói {preview.file.name}: {state}"]
    if preview.reason is not None:
        lines.append(f"  Lý do: {preview.reason.vi}")
    if preview.sender:
        direction = {"up": "từ cấp dưới gửi lên", "down": "từ cấp trên gửi xuống"}.get(preview.direction, "")
        lines.append(
            f"  Đơn vị gửi: {preview.sender} {preview.sender_name} ({direction}), gói số {preview.number}"
            + (f", lập lúc {preview.created_at}" if preview.created_at else "")
        )
        lines.append(f"  Thay đổi số {preview.seq_from} đến {preview.seq_to}")
    if preview.key is not None and preview.key.state != "same":
        lines.append(
            f"  Khóa {'mới' if preview.key.state == 'new' else 'ĐÃ ĐỔI'} — vân tay {preview.key.fingerprint}"
        )
    if preview.tables:
        lines.append(f"  {'Danh sách':<20}{'mới':>8}{'sửa':>8}{'như cũ':>8}{'xóa':>8}")
        for table, c in preview.tables.items():
            lines.append(
                f"  {TABLE_LABELS.get(table, table):<20}{c.new:>8}{c.changed:>8}{c.unchanged:>8}{c.deleted:>8}"
            )
    for conflict in preview.conflicts[:20]:
        label = TABLE_LABELS.get(conflict["table"], conflict["table"])
        lines.append(f"  Xung đột: {label} “{conflict['name']}” (phiên bản {conflict['local_version']})")
    for warning in preview.warnings:
        lines.append(f"  Lưu ý: {warning}")
    if preview.backup:
        lines.append(f"  Bản sao lưu trước khi nhập: {preview.backup}")
    return "\n".join(lines)
