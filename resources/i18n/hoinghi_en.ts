<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../app/ui/desk.py" line="74"/>
        <source>✔ Chuẩn bị đạt yêu cầu của kế hoạch.</source>
        <extracomment>Sections only a unit with units below it has.</extracomment>
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
        <location filename="../../forms/conference.ui" line="50"/>
        <source>Giờ bắt đầu:</source>
        <translation>Start time:</translation>
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
        <location filename="../../app/ui/wizard.py" line="193"/>
        <source>Thông tin hội nghị</source>
        <translation>Conference details</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="204"/>
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="205"/>
        <source>Ngày tổ chức:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="206"/>
        <source>Giờ bắt đầu:</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="207"/>
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="208"/>
        <source>Thời hạn:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Chương trình bắt đầu từ các nội dung chuẩn của kế hoạch đã chọn; có thể sửa sau.</source>
        <translation>The agenda starts from the standard items of the chosen plan; it can be changed later.</translation>
    </message>
    <message>
        <source>Chép danh sách khách mời từ hội nghị trước (đánh dấu “cần xem lại”: người được mời có thể đã đổi chức vụ)</source>
        <translation>Copy the invitees of the previous conference (marked “to review”: people may have changed posts)</translation>
    </message>
    <message>
        <source>Theo kế hoạch:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source> (mẫu)</source>
        <translation> (template)</translation>
    </message>
</context>
<context>
    <name>ConferenceSwitcher</name>
    <message>
        <source>Hội nghị đang làm (các hội nghị của đơn vị, gần nhất trước)</source>
        <translation>The conference being prepared (the unit's conferences, most recent first)</translation>
    </message>
    <message>
        <source>chưa định ngày</source>
        <translation>no date yet</translation>
    </message>
</context>
<context>
    <name>ConsolidatedPanel</name>
    <message>
        <location filename="../../app/ui/review_panels.py" line="36"/>
        <source>Góp ý cho đơn vị…</source>
        <translation>Review note to the unit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="38"/>
        <source>Duyệt dự cấp này</source>
        <translation>Approve for this level</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="39"/>
        <source>Bỏ duyệt</source>
        <translation>Withdraw approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="50"/>
        <source>Hãy chọn dòng cần góp ý.</source>
        <translation>Select the rows to comment on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="53"/>
        <source>Góp ý cho đơn vị cấp dưới</source>
        <translation>Review note to a lower unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="54"/>
        <source>Nội dung góp ý (gửi xuống trong gói dữ liệu tới):</source>
        <translation>Note (sent down in the next bundle):</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="63"/>
        <source>Đã ghi %1 góp ý; sẽ gửi xuống trong gói tới.</source>
        <translation>%1 note(s) written; they go down in the next bundle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="72"/>
        <source>Đã duyệt %1 đại biểu; gửi lên cấp trên trong gói tới.</source>
        <translation>%1 delegate(s) approved; they go up in the next bundle.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../app/ui/desk.py" line="120"/>
        <location filename="../../app/ui/desk.py" line="240"/>
        <location filename="../../app/ui/desk.py" line="482"/>
        <source>Kiểm tra theo kế hoạch</source>
        <translation>Plan checks</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="127"/>
        <source>Hội nghị ĐHTT</source>
        <translation>Hội nghị ĐHTT</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="136"/>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="150"/>
        <location filename="../../app/ui/desk.py" line="484"/>
        <source>Hội nghị ĐHTT — %1</source>
        <translation>Advanced-model conference — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="208"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="209"/>
        <source>Sao lưu cơ sở dữ liệu…</source>
        <translation>Back up the database…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="210"/>
        <source>Trao đổi dữ liệu qua USB…</source>
        <translation>Exchange data by USB stick…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="212"/>
        <source>Nhập danh sách từ Excel…</source>
        <translation>Import a list from Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="213"/>
        <source>Xuất danh sách đang xem ra Excel…</source>
        <translation>Export the list shown to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="214"/>
        <source>Xuất bảng tổng hợp cho cấp trên (Excel)…</source>
        <translation>Export the consolidated workbook for the higher level (Excel)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="216"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="218"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="219"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="221"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="226"/>
        <source>Tìm…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="228"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="234"/>
        <source>&amp;In</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="239"/>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="241"/>
        <source>Ngôn ngữ / Language</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="245"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="251"/>
        <source>In chương trình</source>
        <translation>Print programme</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="252"/>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="342"/>
        <source>Đã hủy; không có gì thay đổi.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="347"/>
        <source>Sự cố không mong đợi; không có gì thay đổi. Chi tiết ghi ở %1.</source>
        <translation>Unexpected problem; nothing was changed. Details are in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="356"/>
        <source>Đang chuẩn bị bản in</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="371"/>
        <source>Sao lưu cơ sở dữ liệu</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="380"/>
        <source>Lưu bảng tính</source>
        <translation>Save workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="381"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="395"/>
        <location filename="../../app/ui/desk.py" line="398"/>
        <location filename="../../app/ui/desk.py" line="404"/>
        <source>Xuất bảng tính</source>
        <translation>Export workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="399"/>
        <source>Hãy mở một danh sách (điển hình, khách mời, tham luận, đại biểu) hoặc mục Tiến độ rồi xuất.</source>
        <translation>Open a list (honorees, invitees, model reports, delegates) or the Progress section, then export.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="416"/>
        <source>Xuất bảng tổng hợp</source>
        <translation>Export consolidated workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="427"/>
        <source>Chọn bảng tính</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="428"/>
        <source>Bảng tính (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="436"/>
        <source>Nhập danh sách</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="443"/>
        <source>Đã nhập %1 dòng.</source>
        <translation>Imported %1 rows.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="452"/>
        <source>Trao đổi dữ liệu qua USB</source>
        <translation>Exchange data by USB stick</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="518"/>
        <source>Sự cố không mong đợi; chi tiết ghi ở %1.</source>
        <translation>Unexpected problem; details are in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="368"/>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="368"/>
        <source>Với máy chủ PostgreSQL, hãy sao lưu bằng pg_dump.</source>
        <translation>On a PostgreSQL server, back up with pg_dump.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="374"/>
        <source>Đã sao lưu vào %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>&amp;Kế hoạch</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <source>Các kế hoạch…</source>
        <translation>Plans…</translation>
    </message>
    <message>
        <source>Tạo kế hoạch mới từ…</source>
        <translation>New plan from…</translation>
    </message>
    <message>
        <source>Hội nghị mới theo kế hoạch…</source>
        <translation>New conference from a plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="59"/>
        <source>Chương trình hội nghị</source>
        <translation>Conference programme</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="59"/>
        <source>Giấy mời</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="60"/>
        <source>Danh sách tập thể, cá nhân điển hình tiên tiến</source>
        <translation>List of advanced-model collectives and individuals</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="61"/>
        <source>Danh sách đại biểu đi dự hội nghị cấp trên</source>
        <translation>Delegates to the higher-level conference</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="62"/>
        <source>Danh sách đại biểu dự hội nghị (ký tên)</source>
        <translation>Attendance sheet (signatures)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="63"/>
        <source>Biển tên đại biểu</source>
        <translation>Name cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="63"/>
        <source>Kịch bản điều hành</source>
        <translation>Running script</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="409"/>
        <source>Kiểm tra theo kế hoạch — %1, %2</source>
        <translation>Plan checks — %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/desk.py" line="410"/>
        <source>%n lỗi</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/desk.py" line="411"/>
        <source>%n lưu ý</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/conference_switcher.py" line="96"/>
        <source>Kế hoạch gốc:</source>
        <translation>Plan to copy:</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/desk.py" line="513"/>
        <source>Đã xuất %2 dòng ra %1</source>
        <translation>Exported %2 rows to %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="243"/>
        <source>Hội nghị ĐHTT — Bắt đầu</source>
        <translation>Advanced-model conference — Getting started</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="245"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="246"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="247"/>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="248"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hội nghị mới</source>
        <translation>New conference</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="361"/>
        <source>Máy này chưa được thiết lập: chưa chọn đơn vị, chưa tạo hội nghị nào.</source>
        <translation>This PC is not set up yet: no unit chosen, no conference created.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="363"/>
        <source>Danh mục đơn vị vừa nạp vẫn được giữ.</source>
        <translation>The unit registry just loaded is kept.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="364"/>
        <source>Lần mở sau, phần mềm sẽ hỏi lại từ đầu.</source>
        <translation>Next time, the program starts these questions again from the beginning.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="368"/>
        <source>Máy này đã được gắn với %1 (đã lưu), nhưng hội nghị chưa được tạo. Lần mở sau, phần mềm sẽ tiếp tục từ bước thông tin hội nghị.</source>
        <translation>This PC now belongs to %1 (saved), but the conference is not created yet. Next time, the program goes on from the conference details.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="370"/>
        <source>Thoát phần thiết lập và đóng phần mềm?</source>
        <translation>Leave the set-up and close the program?</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="371"/>
        <source>Thoát phần thiết lập?</source>
        <translation>Leave the set-up?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="27"/>
        <source>(không dùng)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="28"/>
        <source>Họ và tên / Tên tập thể</source>
        <translation>Full name / collective</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="29"/>
        <source>Họ và tên đệm</source>
        <translation>Family and middle name</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="30"/>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="70"/>
        <source>Tên</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="31"/>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="32"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="33"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="34"/>
        <source>Năm sinh (nam)</source>
        <translation>Year of birth (men)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="35"/>
        <source>Năm sinh (nữ)</source>
        <translation>Year of birth (women)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="36"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="37"/>
        <source>Đơn vị công tác</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="38"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="39"/>
        <source>Thành tích</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="40"/>
        <source>Đối tượng</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="41"/>
        <source>Hình thức khen thưởng</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="42"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="43"/>
        <source>Tôn giáo</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="44"/>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="70"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="45"/>
        <source>Thành phần</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="46"/>
        <source>Xưng hô</source>
        <translation>Honorific</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="47"/>
        <source>Tập thể (x)</source>
        <translation>Collective (x)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="50"/>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="76"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="51"/>
        <source>Nhập, đã chuyển mã</source>
        <translation>Import, converted</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="52"/>
        <source>TỪ CHỐI</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="53"/>
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="63"/>
        <source>Nhập danh sách từ %1</source>
        <translation>Import a list from %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="67"/>
        <source>Cột trong tệp</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="67"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="70"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="70"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="81"/>
        <source>Ghép cột (sửa nếu phần mềm đoán sai; được ghi nhớ cho lần sau):</source>
        <translation>Column mapping (correct it if the guess is wrong; remembered for next time):</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="83"/>
        <source>Từng dòng sẽ được xử lý thế nào:</source>
        <translation>What happens to each row:</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="93"/>
        <source>Dòng tiêu đề: %1. Sẽ nhập %2 dòng; %3 dòng bị từ chối (sửa tệp rồi mở lại); %4 ô đã chuyển từ TCVN3/VNI.</source>
        <translation>Header row: %1. %2 rows will be imported; %3 rows refused (fix the file and open it again); %4 cells converted from TCVN3/VNI.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../app/ui/jobs.py" line="66"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs.py" line="81"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="142"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="150"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="179"/>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="163"/>
        <source>Mã nhận diện của máy</source>
        <translation>This PC&apos;s identification code</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="164"/>
        <source>Ghi lại mã nhận diện máy: cấp trên sẽ hỏi mã này khi nhận dữ liệu đầu tiên của đơn vị. Nên lưu tệp khôi phục ra một USB riêng và cất kỹ: nếu máy hỏng, tệp này giúp máy mới gửi dữ liệu tiếp mà không phải đăng ký lại.</source>
        <translation>Note this PC&apos;s identification code: the higher level asks for it when your unit&apos;s first data arrives. Save the recovery file to a separate USB stick and keep it safe: if this PC breaks down, it lets the new PC go on sending data without registering again.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="181"/>
        <source>Mã nhận diện máy:</source>
        <translation>Identification code:</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="182"/>
        <source>Mật khẩu tệp khôi phục:</source>
        <translation>Recovery file password:</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="184"/>
        <source>Lưu tệp khôi phục vào:</source>
        <translation>Save the recovery file to:</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="185"/>
        <source>Để trống mật khẩu nếu muốn lưu tệp khôi phục sau (Tệp → Trao đổi dữ liệu qua USB → Mã nhận diện máy).</source>
        <translation>Leave the password empty to save the recovery file later (File → Exchange data by USB → Identification code).</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="200"/>
        <source>Lưu tệp khôi phục</source>
        <translation>Save the recovery file</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="201"/>
        <source>Tệp khôi phục (*.hnk)</source>
        <translation>Recovery files (*.hnk)</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="323"/>
        <source>Đã lưu tệp khôi phục %1 — cất USB này ở nơi an toàn, tách khỏi máy.</source>
        <translation>Saved the recovery file %1 — keep this USB stick in a safe place, away from the PC.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Tạo kế hoạch mới từ kế hoạch này…</source>
        <translation>New plan from this one…</translation>
    </message>
    <message>
        <source>Nhập kế hoạch từ tệp…</source>
        <translation>Import a plan from a file…</translation>
    </message>
    <message>
        <source>Xuất kế hoạch ra tệp…</source>
        <translation>Export the plan to a file…</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Nhóm đơn vị, thời hạn</source>
        <translation>Unit groups, deadlines</translation>
    </message>
    <message>
        <source>Chương trình chuẩn</source>
        <translation>Standard agenda</translation>
    </message>
    <message>
        <source>Phong trào thi đua</source>
        <translation>Emulation movements</translation>
    </message>
    <message>
        <source>Lĩnh vực, đối tượng, kiểm tra</source>
        <translation>Fields, target groups, checks</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>2026 hoặc 2036-2040</source>
        <translation>2026 or 2036-2040</translation>
    </message>
    <message>
        <source>(mặc định: giai đoạn kế tiếp)</source>
        <translation>(default: the next period)</translation>
    </message>
    <message>
        <source>{form}: tên hình thức, {unit}: tên đơn vị, {period}: giai đoạn / năm</source>
        <translation>{form}: the form's name, {unit}: the unit's name, {period}: the period / year</translation>
    </message>
    <message>
        <source>Mã kế hoạch:</source>
        <translation>Plan code:</translation>
    </message>
    <message>
        <source>Tên kế hoạch:</source>
        <translation>Plan name:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Giai đoạn:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Giai đoạn phát động tiếp theo:</source>
        <translation>Next period launched:</translation>
    </message>
    <message>
        <source>Số văn bản:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Ngày ban hành:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <source>Thời lượng tối đa:</source>
        <translation>Length limit:</translation>
    </message>
    <message>
        <source>Tên hội nghị mặc định:</source>
        <translation>Default conference title:</translation>
    </message>
    <message>
        <source>Sửa thông tin chung của kế hoạch</source>
        <translation>Edit the plan's general information</translation>
    </message>
    <message>
        <source>Sửa thời lượng tối đa</source>
        <translation>Edit the length limit</translation>
    </message>
    <message>
        <source>Sửa loại kế hoạch</source>
        <translation>Edit the plan kind</translation>
    </message>
    <message>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Đơn vị thuộc nhóm</source>
        <translation>Units in the group</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Cách ghi thời hạn</source>
        <translation>Deadline as worded</translation>
    </message>
    <message>
        <source>Tối đa (phút)</source>
        <translation>Limit (min)</translation>
    </message>
    <message>
        <source>Sửa nhóm đơn vị</source>
        <translation>Edit a unit group</translation>
    </message>
    <message>
        <source>Sửa hình thức được phép</source>
        <translation>Edit the allowed forms</translation>
    </message>
    <message>
        <source>Hình thức hội nghị nhóm đang chọn được tổ chức:</source>
        <translation>Conference forms the selected group may hold:</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nội dung ({period}, {next_period}: giai đoạn)</source>
        <translation>Item ({period}, {next_period}: the period)</translation>
    </message>
    <message>
        <source>Số phút</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Sửa chương trình chuẩn</source>
        <translation>Edit the standard agenda</translation>
    </message>
    <message>
        <source>Thêm nội dung</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Xóa nội dung</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Tên phong trào</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Sửa phong trào thi đua</source>
        <translation>Edit an emulation movement</translation>
    </message>
    <message>
        <source>Thêm phong trào</source>
        <translation>Add movement</translation>
    </message>
    <message>
        <source>Xóa phong trào</source>
        <translation>Delete movement</translation>
    </message>
    <message>
        <source>Sửa lĩnh vực tham luận cần có</source>
        <translation>Edit the fields model reports must cover</translation>
    </message>
    <message>
        <source>Sửa đối tượng cần có</source>
        <translation>Edit the target groups to cover</translation>
    </message>
    <message>
        <source>Sửa nội dung kiểm tra</source>
        <translation>Edit the checks</translation>
    </message>
    <message>
        <source>Lĩnh vực tham luận cần có</source>
        <translation>Fields the model reports must cover</translation>
    </message>
    <message>
        <source>Đối tượng cần có trong danh sách điển hình</source>
        <translation>Target groups the honorees should include</translation>
    </message>
    <message>
        <source>Nội dung kiểm tra áp dụng</source>
        <translation>Checks that apply</translation>
    </message>
    <message>
        <source>mẫu</source>
        <translation>template</translation>
    </message>
    <message>
        <source>chỉ xem</source>
        <translation>read only</translation>
    </message>
    <message>
        <source>Kế hoạch do đơn vị này ban hành: sửa trực tiếp; mọi thay đổi được kiểm tra và có thể hoàn tác (Ctrl+Z).</source>
        <translation>A plan issued by this unit: edit it here; every change is checked and can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Kế hoạch do %1 ban hành — đơn vị này chỉ xem, không sửa được. Muốn dùng cho hội nghị riêng của đơn vị, hãy tạo kế hoạch mới từ kế hoạch này.</source>
        <translation>A plan issued by %1 — this unit may read it, not change it. For the unit's own conference, make a new plan from it.</translation>
    </message>
    <message>
        <source>Tổng: %1 / tối đa %2</source>
        <translation>Total: %1 / limit %2</translation>
    </message>
    <message>
        <source>(nội dung mới)</source>
        <translation>(new item)</translation>
    </message>
    <message>
        <source>Thêm nội dung chương trình</source>
        <translation>Add an agenda item</translation>
    </message>
    <message>
        <source>Xóa nội dung chương trình</source>
        <translation>Delete an agenda item</translation>
    </message>
    <message>
        <source>Đổi thứ tự chương trình</source>
        <translation>Reorder the agenda</translation>
    </message>
    <message>
        <source>(phong trào mới)</source>
        <translation>(new movement)</translation>
    </message>
    <message>
        <source>Thêm phong trào thi đua</source>
        <translation>Add an emulation movement</translation>
    </message>
    <message>
        <source>Xóa phong trào thi đua</source>
        <translation>Delete an emulation movement</translation>
    </message>
    <message>
        <source>Tạo kế hoạch mới</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Giai đoạn của kế hoạch mới (2026 hoặc 2036-2040):</source>
        <translation>Period of the new plan (2026 or 2036-2040):</translation>
    </message>
    <message>
        <source>Loại kế hoạch:</source>
        <translation>Plan kind:</translation>
    </message>
    <message>
        <source>Xuất kế hoạch</source>
        <translation>Export plan</translation>
    </message>
    <message>
        <source>Tệp kế hoạch (*.json)</source>
        <translation>Plan files (*.json)</translation>
    </message>
    <message>
        <source>Chọn tệp kế hoạch</source>
        <translation>Choose a plan file</translation>
    </message>
    <message>
        <source>Nhập kế hoạch</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <source>Nhập kế hoạch này?</source>
        <translation>Import this plan?</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="53"/>
        <source>Hội nghị điển hình tiên tiến 5 năm</source>
        <translation>Five-year advanced-model conference</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="54"/>
        <source>Tổng kết năm</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="54"/>
        <source>Chuyên đề</source>
        <translation>Thematic</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="55"/>
        <source>Kèm theo phần mềm</source>
        <translation>Shipped with the software</translation>
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
    <name>ProgressPanel</name>
    <message>
        <location filename="../../app/ui/progress_view.py" line="43"/>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="44"/>
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="45"/>
        <source>Chưa báo cáo</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="46"/>
        <source>Chưa tổ chức</source>
        <translation>Not held</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="47"/>
        <source>Đã tổ chức đúng hạn</source>
        <translation>Held on time</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="50"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="50"/>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="51"/>
        <source>Ngày tổ chức</source>
        <translation>Date held</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="51"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="52"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="52"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="52"/>
        <source>Tập thể</source>
        <translation>Collectives</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="53"/>
        <source>Cá nhân</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="53"/>
        <source>CN / ND / LĐTT</source>
        <translation>Workers / farmers / direct labour</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="54"/>
        <source>Đại biểu đề nghị</source>
        <translation>Delegates proposed</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="54"/>
        <source>Gói nhận gần nhất</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="55"/>
        <source>Góp ý chưa xử lý</source>
        <translation>Open notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="58"/>
        <source>Đã tổ chức</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="58"/>
        <source>Đã lên kế hoạch</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="59"/>
        <source>Chưa có thông tin</source>
        <translation>No information</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="59"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="60"/>
        <source>Chưa đến hạn</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="92"/>
        <source>Chưa có số liệu</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="135"/>
        <source>Số đơn vị đã tổ chức hội nghị theo thời gian (đường đỏ: hạn)</source>
        <translation>Units that have held their conference, over time (red lines: deadlines)</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="194"/>
        <source>Lưu biểu đồ (PNG)…</source>
        <translation>Save charts (PNG)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="197"/>
        <source>Lọc:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="214"/>
        <source>Điển hình tiên tiến theo lĩnh vực</source>
        <translation>Honorees by field</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="215"/>
        <source>Cá nhân điển hình theo đối tượng</source>
        <translation>Individual honorees by target group</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="231"/>
        <source>Bảng tiến độ</source>
        <translation>Progress table</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="232"/>
        <source>Biểu đồ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="248"/>
        <source>Mọi loại đơn vị</source>
        <translation>Every kind of unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="287"/>
        <source>%1 (số %2)</source>
        <translation>%1 (no. %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="311"/>
        <source>&lt;b&gt;Đang hiện %1 đơn vị&lt;/b&gt;: đã tổ chức %2, trễ hạn %3, chưa báo cáo %4; tập thể %5, cá nhân %6, đại biểu đề nghị %7.</source>
        <translation>&lt;b&gt;Showing %1 units&lt;/b&gt;: held %2, late %3, not reported %4; collectives %5, individuals %6, delegates proposed %7.</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="316"/>
        <source>&lt;i&gt;Tổng theo loại đơn vị (mọi đơn vị cấp dưới):&lt;/i&gt;</source>
        <translation>&lt;i&gt;Totals by kind of unit (every unit below):&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="318"/>
        <source>%1: %2 đơn vị, đã tổ chức %3, trễ hạn %4, cá nhân %5</source>
        <translation>%1: %2 units, held %3, late %4, individuals %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="324"/>
        <source>&lt;i&gt;Tổng theo cấp:&lt;/i&gt; </source>
        <translation>&lt;i&gt;Totals by level:&lt;/i&gt; </translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="325"/>
        <source>cấp %1: %2 đơn vị, đã tổ chức %3, trễ hạn %4</source>
        <translation>level %1: %2 units, held %3, late %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_view.py" line="355"/>
        <source>Lưu biểu đồ vào thư mục</source>
        <translation>Save the charts in a folder</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/progress_view.py" line="400"/>
        <source>Lưu biểu đồ</source>
        <translation>Save the charts</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/progress_view.py" line="404"/>
        <source>Đã lưu %2 biểu đồ vào thư mục %1</source>
        <translation>Saved %2 charts in the folder %1</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../app/ui/review_panels.py" line="91"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="91"/>
        <source>Về</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="92"/>
        <source>Nội dung góp ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="92"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="93"/>
        <source>Cách xử lý</source>
        <translation>How it was resolved</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="100"/>
        <source>Đánh dấu đã xử lý…</source>
        <translation>Mark as resolved…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="106"/>
        <source>&lt;b&gt;Góp ý của cấp trên về dữ liệu của đơn vị&lt;/b&gt; (xử lý xong, gói gửi lên cấp trên sẽ mang theo cách xử lý)</source>
        <translation>&lt;b&gt;Notes from above on this unit&apos;s data&lt;/b&gt; (once resolved, the next bundle up carries the resolution)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="110"/>
        <source>&lt;b&gt;Góp ý đơn vị đã gửi cho cấp dưới&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes this unit sent to lower units&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="131"/>
        <source>Đã xử lý</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="131"/>
        <source>Chưa xử lý</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="147"/>
        <source>Xử lý góp ý</source>
        <translation>Resolve a note</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="148"/>
        <source>Đơn vị đã xử lý thế nào:</source>
        <translation>What the unit did:</translation>
    </message>
</context>
<context>
    <name>SavedLine</name>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/saved.py" line="61"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/saved.py" line="62"/>
        <source>Mở thư mục chứa tệp vừa lưu</source>
        <translation>Open the folder of the file just saved</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/saved.py" line="75"/>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="62"/>
        <source>%1 (%2) — còn trống %3 GB</source>
        <translation>%1 (%2) — %3 GB free</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="77"/>
        <source>Trao đổi dữ liệu qua USB</source>
        <translation>Exchange data by USB stick</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="83"/>
        <source>Chọn thư mục khác…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="85"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="88"/>
        <source>USB / thư mục:</source>
        <translation>USB stick / folder:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="94"/>
        <source>Gửi đi</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="95"/>
        <source>Nhận về</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="97"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="119"/>
        <source>Thư mục %1</source>
        <translation>Folder %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="129"/>
        <source>(chưa thấy USB — hãy cắm USB rồi bấm Làm mới, hoặc chọn thư mục)</source>
        <translation>(no USB stick seen — plug one in and press Refresh, or choose a folder)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="134"/>
        <source>Chọn thư mục chứa gói dữ liệu</source>
        <translation>Choose the folder holding the bundles</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="152"/>
        <source>Ghi gói dữ liệu ra USB</source>
        <translation>Write a bundle to the stick</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="158"/>
        <source>Gửi cho:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="174"/>
        <source>cấp trên</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="174"/>
        <source>cấp dưới</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="183"/>
        <source>Hãy cắm USB hoặc chọn thư mục trước.</source>
        <translation>Plug in a USB stick or choose a folder first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="185"/>
        <source>Đang ghi gói dữ liệu</source>
        <translation>Writing the bundle</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="199"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="201"/>
        <source>Nhập các gói đã chọn</source>
        <translation>Import the selected bundles</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="203"/>
        <source>Lưu biên bản…</source>
        <translation>Save the summary…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="205"/>
        <source>In biên bản…</source>
        <translation>Print the summary…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="217"/>
        <source>Các gói trên USB gửi cho đơn vị này:</source>
        <translation>Bundles on the stick for this unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="234"/>
        <source>%1 — từ %2, %3 bản ghi</source>
        <translation>%1 — from %2, %3 records</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="252"/>
        <source>Không có gói nào để xem.</source>
        <translation>No bundle to look at.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="254"/>
        <source>Đang đọc các gói</source>
        <translation>Reading the bundles</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="269"/>
        <source>Đang nhập các gói</source>
        <translation>Importing the bundles</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="295"/>
        <source>Xong: %1 gói, %2 gói bị từ chối.</source>
        <translation>Done: %1 bundles, %2 refused.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="303"/>
        <source>Lưu biên bản nhập gói</source>
        <translation>Save the import summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="321"/>
        <source>Giữ bản trong máy</source>
        <translation>Keep this PC&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="323"/>
        <source>Lấy bản trong gói</source>
        <translation>Take the bundle&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="329"/>
        <source>Hai máy của cùng một đơn vị đã sửa cùng một bản ghi. Hãy hỏi đơn vị đó bản nào đúng rồi chọn; không bản nào bị bỏ qua khi chưa chọn.</source>
        <translation>Two PCs of the same unit changed the same record. Ask that unit which one is right, then choose; nothing is dropped until you do.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="348"/>
        <source>Xung đột (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="465"/>
        <location filename="../../app/ui/sync_dialog.py" line="469"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="469"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="473"/>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="115"/>
        <source>Mã nhận diện máy</source>
        <translation>Identification code</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="185"/>
        <source>Gói gồm mọi thay đổi từ lần gửi trước mà nơi nhận đã báo nhận được; nếu mất USB, chỉ cần ghi gói mới. Dữ liệu trong gói được mã hóa: chỉ đơn vị nhận mở được.</source>
        <translation>A bundle holds every change since the last one the recipient confirmed; if a stick is lost, just write a new bundle. The data in it is encrypted: only the recipient can open it.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="224"/>
        <source> — chưa nhận tệp đăng ký</source>
        <translation> — registration file not received yet</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="241"/>
        <source>Danh mục chưa có cấp trên hay cấp dưới của đơn vị này để gửi.</source>
        <translation>The registry holds no higher or lower unit of this unit to send to.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="247"/>
        <source>&lt;b&gt;Chưa gửi được cho %1:&lt;/b&gt; máy này chưa nhận tệp đăng ký của đơn vị đó. Việc này chỉ làm một lần:&lt;ol&gt;&lt;li&gt;Xin %1 tệp đăng ký của họ (tên dạng &lt;b&gt;%2.hnk&lt;/b&gt;), chép qua USB hoặc thư điện tử.&lt;/li&gt;&lt;li&gt;Bấm nút dưới đây và chọn tệp đó.&lt;/li&gt;&lt;li&gt;Gọi điện cho %1, nhờ đọc &lt;b&gt;mã nhận diện máy&lt;/b&gt; của họ; so với mã phần mềm hiện ra, trùng khớp từng nhóm thì bấm Có.&lt;/li&gt;&lt;/ol&gt;Xong bước này là ghi được gói dữ liệu.</source>
        <translation>&lt;b&gt;Nothing can be sent to %1 yet:&lt;/b&gt; this PC has not received that unit&apos;s registration file. This is done once:&lt;ol&gt;&lt;li&gt;Ask %1 for its registration file (named like &lt;b&gt;%2.hnk&lt;/b&gt;), on a USB stick or by e-mail.&lt;/li&gt;&lt;li&gt;Click the button below and choose that file.&lt;/li&gt;&lt;li&gt;Phone %1 and ask them to read out their &lt;b&gt;identification code&lt;/b&gt;; compare it with the code the program shows, and click Yes if every group matches.&lt;/li&gt;&lt;/ol&gt;Then the data bundle can be written.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="253"/>
        <source>Nhận tệp đăng ký của %1…</source>
        <translation>Receive the registration file of %1…</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="267"/>
        <source>Đã ghi gói dữ liệu (%1 bản ghi). Rút USB an toàn rồi mang đến đơn vị nhận.</source>
        <translation>The data bundle is written (%1 records). Eject the stick safely and take it to the recipient.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="269"/>
        <source>Đã ghi gói dữ liệu %1</source>
        <translation>Wrote the data bundle %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="358"/>
        <source>Gói dữ liệu của %1.</source>
        <translation>A data bundle from %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="359"/>
        <source>%1 gửi gói dữ liệu lần đầu.</source>
        <translation>%1 sends its first data bundle.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="361"/>
        <source>Xác nhận đơn vị gửi</source>
        <translation>Confirm the sender</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="374"/>
        <source>CHÚ Ý: mã này KHÁC mã đã nhận trước đây (%1): đơn vị đã thay máy, hoặc tệp không do đơn vị đó gửi.</source>
        <translation>WARNING: this code DIFFERS from the one received before (%1): the unit replaced its PC, or the file was not sent by that unit.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="379"/>
        <source>Gọi điện cho đơn vị đó, nhờ đọc mã nhận diện máy của họ (trong phần mềm: Tệp → Trao đổi dữ liệu qua USB → Mã nhận diện máy) và so từng nhóm. Mã có trùng khớp không?</source>
        <translation>Phone that unit and ask them to read out their identification code (in the program: File → Exchange data by USB → Identification code), and compare every group. Do the codes match?</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="437"/>
        <source>%1: “%2” — đơn vị %3, lần sửa thứ %4</source>
        <translation>%1: “%2” — unit %3, edit number %4</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="456"/>
        <source>Lưu tệp đăng ký của đơn vị…</source>
        <translation>Save this unit&apos;s registration file…</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="457"/>
        <source>Tệp để chép cho cấp trên (hoặc cấp dưới) trước lần gửi dữ liệu đầu tiên</source>
        <translation>The file to copy to the higher (or a lower) unit before the first data is sent</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="459"/>
        <source>Nhận tệp đăng ký của đơn vị khác…</source>
        <translation>Receive another unit&apos;s registration file…</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="461"/>
        <source>Lưu tệp khôi phục (có mật khẩu)…</source>
        <translation>Save the recovery file (with a password)…</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="462"/>
        <source>Khi máy này hỏng, tệp khôi phục giúp máy mới gửi dữ liệu tiếp mà không phải đăng ký lại với cấp trên</source>
        <translation>If this PC breaks down, the recovery file lets the new PC go on sending data without registering again with the higher level</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="465"/>
        <source>In phiếu mã nhận diện…</source>
        <translation>Print the identification card…</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="469"/>
        <source>Mã nhận diện máy của %1 — đọc mã này cho đơn vị nhận khi họ gọi hỏi:</source>
        <translation>Identification code of %1 — read it out to the receiving unit when they phone to ask:</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="483"/>
        <source>Đơn vị đã nhận tệp đăng ký (cấp trên, cấp dưới) và mã nhận diện máy của họ:</source>
        <translation>Units whose registration file was received (higher and lower) and their identification codes:</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="496"/>
        <source>&lt;h2 align=&apos;center&apos;&gt;PHIẾU MÃ NHẬN DIỆN MÁY GỬI DỮ LIỆU&lt;/h2&gt;&lt;p&gt;Đơn vị: &lt;b&gt;%1&lt;/b&gt; (mã %2)&lt;/p&gt;&lt;p&gt;Mã nhận diện máy:&lt;/p&gt;&lt;p align=&apos;center&apos; style=&apos;font-family:monospace; font-size:14pt&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cấp trên so mã này với mã phần mềm hiện ra khi nhận tệp đăng ký hoặc gói dữ liệu đầu tiên của đơn vị; chỉ chấp nhận khi trùng khớp từng nhóm.&lt;/p&gt;&lt;table width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;td width=&apos;50%&apos;&gt;Ngày in: %4&lt;/td&gt;&lt;td align=&apos;center&apos;&gt;&lt;b&gt;Người lập phiếu&lt;/b&gt;&lt;br&gt;&lt;i&gt;(ký, ghi rõ họ tên)&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h2 align=&apos;center&apos;&gt;IDENTIFICATION CARD OF THE PC SENDING DATA&lt;/h2&gt;&lt;p&gt;Unit: &lt;b&gt;%1&lt;/b&gt; (code %2)&lt;/p&gt;&lt;p&gt;Identification code:&lt;/p&gt;&lt;p align=&apos;center&apos; style=&apos;font-family:monospace; font-size:14pt&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The higher level compares this code with the one the program shows when the unit&apos;s registration file or first data bundle arrives, and accepts it only if every group matches.&lt;/p&gt;&lt;table width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;td width=&apos;50%&apos;&gt;Printed: %4&lt;/td&gt;&lt;td align=&apos;center&apos;&gt;&lt;b&gt;Prepared by&lt;/b&gt;&lt;br&gt;&lt;i&gt;(signature, full name)&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="518"/>
        <source>Đã lưu phiếu mã nhận diện: %1</source>
        <translation>Saved the identification card: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="534"/>
        <source>Lưu tệp đăng ký của đơn vị</source>
        <translation>Save this unit&apos;s registration file</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="535"/>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="548"/>
        <source>Tệp đăng ký (*.hnk)</source>
        <translation>Registration files (*.hnk)</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="537"/>
        <source>Đã lưu tệp đăng ký %1 — chép tệp này cho đơn vị kia.</source>
        <translation>Saved the registration file %1 — copy it to the other unit.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="546"/>
        <source>Chọn tệp đăng ký của %1</source>
        <translation>Choose the registration file of %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="547"/>
        <source>Chọn tệp đăng ký của đơn vị khác</source>
        <translation>Choose another unit&apos;s registration file</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="553"/>
        <source>Đã nhận tệp đăng ký của %1. Bây giờ có thể ghi gói dữ liệu.</source>
        <translation>Received the registration file of %1. The data bundle can be written now.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="563"/>
        <source>Tệp này là tệp đăng ký của %1 (mã %2), không phải của %3. Hãy xin đúng tệp của %3.</source>
        <translation>This is the registration file of %1 (code %2), not of %3. Ask %3 for its own file.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="569"/>
        <source>Tệp đăng ký này đã được nhận trước đây; không cần làm gì thêm.</source>
        <translation>This registration file was received before; nothing more to do.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="571"/>
        <source>Tệp đăng ký của %1.</source>
        <translation>The registration file of %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="573"/>
        <source>Nhận tệp đăng ký?</source>
        <translation>Receive the registration file?</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="584"/>
        <source>Đặt mật khẩu cho tệp khôi phục (ít nhất 8 ký tự). Ghi mật khẩu ra giấy, cất riêng với USB:</source>
        <translation>Choose a password for the recovery file (at least 8 characters). Write it on paper and keep it apart from the USB stick:</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="594"/>
        <source>Lưu tệp khôi phục</source>
        <translation>Save the recovery file</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="595"/>
        <source>Tệp khôi phục (*.hnk)</source>
        <translation>Recovery files (*.hnk)</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="597"/>
        <source>Đã lưu tệp khôi phục %1 — cất USB này ở nơi an toàn, tách khỏi máy.</source>
        <translation>Saved the recovery file %1 — keep this USB stick in a safe place, away from the PC.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/sync_dialog.py" line="402"/>
        <source>Đã lưu biên bản nhập gói: %1</source>
        <translation>Saved the import summary: %1</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../app/ui/table_panel.py" line="37"/>
        <source>Danh sách tổng hợp chỉ để xem: dữ liệu thuộc đơn vị cấp dưới.</source>
        <translation>Consolidated lists are read-only: the data belongs to the lower units.</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="58"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="59"/>
        <source>Xóa dòng</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="61"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="62"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="64"/>
        <source>Tìm (không cần dấu)… Ctrl+F</source>
        <translation>Search (accents optional)… Ctrl+F</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_panel.py" line="124"/>
        <source>%n dòng</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="157"/>
        <source>(nội dung mới)</source>
        <translation>(new item)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="159"/>
        <source>(họ và tên)</source>
        <translation>(full name)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="161"/>
        <source>(người trình bày)</source>
        <translation>(presenter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="161"/>
        <source>(chủ đề)</source>
        <translation>(title)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="203"/>
        <source>Không dán được</source>
        <translation>Cannot paste</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="204"/>
        <source>Dòng %1, cột “%2”: %3
Chưa dán gì.</source>
        <translation>Row %1, column “%2”: %3
Nothing was pasted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_panel.py" line="213"/>
        <source>Dán %n dòng</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_panel.py" line="146"/>
        <source>Tìm thấy %n dòng</source>
        <translation>
            <numerusform>%n row found</numerusform>
            <numerusform>%n rows found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="148"/>
        <source>%1 (đang hiện %2)</source>
        <translation>%1 (%2 shown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="158"/>
        <source>Mục này không có ô tìm (chỉ các danh sách người có).</source>
        <translation>This section has no search box (only the lists of people have one).</translation>
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
        <location filename="../../app/ui/wizard.py" line="39"/>
        <source>Máy này thuộc đơn vị nào?</source>
        <translation>Which unit does this PC belong to?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="40"/>
        <source>Chọn đơn vị trong danh mục. Nếu danh mục còn trống, hãy nạp danh mục hành chính của tỉnh, hoặc nạp dữ liệu mẫu để xem thử.</source>
        <translation>Choose the unit in the registry. If the registry is empty, load the province&apos;s official divisions, or load the demo data to try the app.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="43"/>
        <source>Tìm theo tên hoặc mã (không cần dấu)…</source>
        <translation>Search by name or code (accents optional)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="52"/>
        <source>Nạp danh mục hành chính</source>
        <translation>Load official divisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="54"/>
        <source>Nạp dữ liệu mẫu</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="57"/>
        <source>Tỉnh, thành phố:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="86"/>
        <location filename="../../app/ui/wizard.py" line="96"/>
        <source>Không nạp được</source>
        <translation>Cannot load</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="114"/>
        <source>Không chọn được</source>
        <translation>Cannot choose this unit</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="100"/>
        <source>Không tìm thấy đơn vị nào khớp với “%1”.

Hãy gõ ít chữ hơn (một phần của tên, không cần dấu) hoặc gõ mã đơn vị. Nếu đơn vị chưa có trong danh mục, hãy chọn tỉnh, thành phố ở dưới rồi bấm “Nạp danh mục hành chính”.</source>
        <translation>No unit matches “%1”.

Type less (part of the name, accents not needed) or the unit code. If the unit is not in the registry yet, choose the province below and click “Load official divisions”.</translation>
    </message>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/wizard.py" line="105"/>
        <source>Danh mục đơn vị còn trống.

Hãy chọn tỉnh, thành phố ở dưới rồi bấm “Nạp danh mục hành chính”, hoặc bấm “Nạp dữ liệu mẫu” để xem thử phần mềm.</source>
        <translation>The unit registry is empty.

Choose the province below and click “Load official divisions”, or click “Load demo data” to try the program.</translation>
    </message>
</context>
<context>
    <name>WindowGuard</name>
    <message>
        <location filename="../../work/wt/18b-desk-window-flows/app/ui/single_window.py" line="176"/>
        <source>Tệp dữ liệu này đang mở trong một cửa sổ Hội nghị ĐHTT khác trên máy; hãy dùng cửa sổ đó (hoặc đóng nó rồi mở lại).</source>
        <extracomment>How long a second start waits for the first window to answer (it may be busy opening the file).</extracomment>
        <translation>This database file is already open in another Hội nghị ĐHTT window on this PC; use that window (or close it and start again).</translation>
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
<context>
    <name>ConferencePanel</name>
    <message>
        <location filename="../../app/ui/form_panels.py" line="155"/>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_panels.py" line="155"/>
        <source>Đã tổ chức</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_panels.py" line="156"/>
        <source>Đã báo cáo</source>
        <translation>Reported</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../app/ui/table_model.py" line="129"/>
        <source>Giá trị ngoài danh mục (được giữ nguyên như đã nhập).</source>
        <translation>A value outside the catalogue (kept as typed).</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="161"/>
        <source>Sửa “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_model.py" line="192"/>
        <source>Thêm %n dòng</source>
        <translation>
            <numerusform>Add %n row</numerusform>
            <numerusform>Add %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_model.py" line="198"/>
        <source>Xóa %n dòng</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="202"/>
        <source>Đổi thứ tự</source>
        <translation>Reorder</translation>
    </message>
</context>
<context>
    <name>ValueEdit</name>
    <message>
        <location filename="../../app/ui/editors.py" line="33"/>
        <source>%1 phút</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="36"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="38"/>
        <source>vd. 07h30</source>
        <translation>e.g. 07h30</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="99"/>
        <source>Chọn ngày trên lịch</source>
        <translation>Pick the day on a calendar</translation>
    </message>
</context>
</TS>
