"""Why a row of a list in computed (protocol) order may not move where it was dropped — the
refusals :meth:`app.services.records.RecordSource.move_refusal` gives. No Qt here.
"""

from __future__ import annotations

from app.domain.text import Text

PROTOCOL_ORDER_FIRST = Text(
    "Hãy bấm tiêu đề cột “Thứ tự” để về thứ tự lễ tân rồi mới đổi chỗ.",
    "Click the “Order” column header to go back to protocol order, then move the row.",
)
ONLY_AMONG_EQUALS = Text(
    "Thứ tự lễ tân do cấp, khối và chức vụ quyết định: dòng này xếp theo “%1” (%2), dòng kia theo “%3” (%4). Chỉ "
    "đổi chỗ được giữa những người cùng cấp, cùng khối, cùng chức vụ; muốn khác thì sửa chức vụ hoặc thành phần.",
    "Protocol order follows level, block and post: this row is placed by “%1” (%2), that one by “%3” (%4). Rows "
    "swap only among people of the same level, block and post; to change it, edit the post or the category.",
)
