<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../app/ui/desk.py" line="67"/>
        <source>✔ Chuẩn bị đạt yêu cầu của kế hoạch.</source>
        <translation>✔ The preparation meets the plan.</translation>
    </message>
</context>
<context>
    <name>ConferenceForm</name>
    <message>
        <location filename="../../forms/conference.ui" line="5"/>
        <location filename="../../forms/conference.ui" line="9"/>
        <source>Hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="18"/>
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="28"/>
        <source>Tên hội nghị:</source>
        <translation>Conference title:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="38"/>
        <source>Ngày tổ chức:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="44"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="50"/>
        <source>Giờ bắt đầu:</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="56"/>
        <source>HH&apos;h&apos;mm</source>
        <translation>HH&apos;h&apos;mm</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="61"/>
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="71"/>
        <source>Chủ trì:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="81"/>
        <source>Đồng chủ trì (Bí thư):</source>
        <translation>Co-host (party secretary):</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="91"/>
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="101"/>
        <source>Số đại biểu dự kiến:</source>
        <translation>Expected attendance:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="112"/>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="123"/>
        <source>Thông tin hội nghị</source>
        <translation>Conference details</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="124"/>
        <source>Chương trình bắt đầu từ 9 nội dung chuẩn của kế hoạch; có thể sửa sau.</source>
        <translation>The agenda starts from the plan&apos;s 9 standard items; you can change it later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="134"/>
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="135"/>
        <source>Ngày tổ chức:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="136"/>
        <source>Giờ bắt đầu:</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="137"/>
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="138"/>
        <source>Thời hạn:</source>
        <translation>Deadline:</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../app/ui/desk.py" line="113"/>
        <location filename="../../app/ui/desk.py" line="202"/>
        <location filename="../../app/ui/desk.py" line="353"/>
        <source>Kiểm tra theo kế hoạch</source>
        <translation>Plan checks</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="120"/>
        <source>Hội nghị ĐHTT</source>
        <translation>Hội nghị ĐHTT</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="129"/>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="141"/>
        <location filename="../../app/ui/desk.py" line="355"/>
        <source>Hội nghị ĐHTT — %1</source>
        <translation>Advanced-model conference — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="175"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="176"/>
        <source>Sao lưu cơ sở dữ liệu…</source>
        <translation>Back up the database…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="178"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="180"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="181"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="183"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="188"/>
        <source>Tìm…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="190"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="196"/>
        <source>&amp;In</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="201"/>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="203"/>
        <source>Ngôn ngữ / Language</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="207"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="213"/>
        <source>In chương trình</source>
        <translation>Print programme</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="214"/>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="279"/>
        <source>Kiểm tra theo kế hoạch — %1 lỗi, %2 lưu ý</source>
        <translation>Plan checks — %1 errors, %2 warnings</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="300"/>
        <source>Đã huỷ; không có gì thay đổi.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="305"/>
        <source>Sự cố không mong đợi; không có gì thay đổi. Chi tiết ghi ở %1.</source>
        <translation>Unexpected problem; nothing was changed. Details are in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="314"/>
        <source>Đang chuẩn bị bản in</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="329"/>
        <source>Sao lưu cơ sở dữ liệu</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="389"/>
        <source>Sự cố không mong đợi; chi tiết ghi ở %1.</source>
        <translation>Unexpected problem; details are in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="326"/>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="326"/>
        <source>Với máy chủ PostgreSQL, hãy sao lưu bằng pg_dump.</source>
        <translation>On a PostgreSQL server, back up with pg_dump.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="332"/>
        <source>Đã sao lưu vào %1</source>
        <translation>Backed up to %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="173"/>
        <source>Hội nghị ĐHTT — Bắt đầu</source>
        <translation>Advanced-model conference — Getting started</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="175"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="176"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="177"/>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="178"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../app/ui/jobs.py" line="66"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs.py" line="81"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="70"/>
        <source>Xem trước khi in — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="79"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="80"/>
        <source>Lưu thành PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="81"/>
        <source>Mở thư mục chứa tệp</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="83"/>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="84"/>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="85"/>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="86"/>
        <source>Xem cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="88"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="116"/>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="117"/>
        <source>Máy in không sẵn sàng. Hãy kiểm tra máy in rồi thử lại.</source>
        <translation>The printer is not ready. Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="122"/>
        <source>Lưu thành PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="123"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="133"/>
        <source>Không lưu được</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="134"/>
        <source>Không ghi được tệp vào thư mục đã chọn (ổ đĩa đầy, tệp đang mở, hoặc không có quyền). Hãy chọn nơi khác.</source>
        <translation>The file cannot be written to the chosen folder (disk full, file open elsewhere, or no permission). Choose another place.</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../app/ui/table_panel.py" line="52"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="53"/>
        <source>Xóa dòng</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="55"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="56"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="58"/>
        <source>Tìm (không cần dấu)… Ctrl+F</source>
        <translation>Search (accents optional)… Ctrl+F</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_panel.py" line="118"/>
        <source>%n dòng</source>
        <translation>
            <numerusform>%n row(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="120"/>
        <source>Tìm thấy %1 dòng</source>
        <translation>%1 rows found</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="151"/>
        <source>(nội dung mới)</source>
        <translation>(new item)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="153"/>
        <source>(họ và tên)</source>
        <translation>(full name)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="155"/>
        <source>(người trình bày)</source>
        <translation>(presenter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="155"/>
        <source>(chủ đề)</source>
        <translation>(title)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="197"/>
        <source>Không dán được</source>
        <translation>Cannot paste</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="198"/>
        <source>Dòng %1, cột “%2”: %3
Chưa dán gì.</source>
        <translation>Row %1, column “%2”: %3
Nothing was pasted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_panel.py" line="207"/>
        <source>Dán %n dòng</source>
        <translation>
            <numerusform>Paste %n row(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../forms/unit.ui" line="5"/>
        <location filename="../../forms/unit.ui" line="9"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="18"/>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="28"/>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="38"/>
        <source>Loại đơn vị:</source>
        <translation>Unit kind:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="48"/>
        <source>Nhóm theo kế hoạch:</source>
        <translation>Plan group:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="58"/>
        <source>Cấp trên:</source>
        <translation>Parent unit:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="68"/>
        <source>Thời hạn tổ chức:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="78"/>
        <source>Cơ quan chủ quản (dòng trên):</source>
        <translation>Parent body (top line):</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="88"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="98"/>
        <source>Địa danh ghi ngày tháng:</source>
        <translation>Place in the date line:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="108"/>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="118"/>
        <source>Chức danh người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="128"/>
        <source>Thẩm quyền ký (TM., KT., …):</source>
        <translation>Signing authority (TM., KT., …):</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="138"/>
        <source>Người dẫn chương trình (MC):</source>
        <translation>Master of ceremonies (MC):</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="148"/>
        <source>Người đọc quyết định:</source>
        <translation>Reader of the decision:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="158"/>
        <source>Số người mỗi đợt lên nhận khen thưởng:</source>
        <translation>People per honouring batch:</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="38"/>
        <source>Máy này thuộc đơn vị nào?</source>
        <translation>Which unit does this PC belong to?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="39"/>
        <source>Chọn đơn vị trong danh mục. Nếu danh mục còn trống, hãy nạp danh mục hành chính của tỉnh, hoặc nạp dữ liệu mẫu để xem thử.</source>
        <translation>Choose the unit in the registry. If the registry is empty, load the province&apos;s official divisions, or load the demo data to try the app.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="42"/>
        <source>Tìm theo tên hoặc mã (không cần dấu)…</source>
        <translation>Search by name or code (accents optional)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="51"/>
        <source>Nạp danh mục hành chính</source>
        <translation>Load official divisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="53"/>
        <source>Nạp dữ liệu mẫu</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="56"/>
        <source>Tỉnh, thành phố:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="85"/>
        <location filename="../../app/ui/wizard.py" line="95"/>
        <source>Không nạp được</source>
        <translation>Cannot load</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="113"/>
        <source>Không chọn được</source>
        <translation>Cannot choose this unit</translation>
    </message>
</context>
<context>
    <name>_FormPanel</name>
    <message>
        <location filename="../../app/ui/form_panels.py" line="107"/>
        <source>Sửa “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
</context>
</TS>
