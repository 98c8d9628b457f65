<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="27" />
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="30" />
        <source> (bản đóng gói)</source>
        <translation> (frozen build)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="35" />
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="36" />
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="37" />
        <source>Nhật ký lỗi</source>
        <translation>Error log</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="41" />
        <source>Phông chữ in</source>
        <translation>Print font</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="44" />
        <source> (kèm theo phần mềm)</source>
        <translation> (shipped with the app)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="46" />
        <source> (của hệ thống)</source>
        <translation> (installed on this PC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="50" />
        <source>Phông chữ kèm theo</source>
        <translation>Shipped font</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="59" />
        <source>Giới thiệu Hội nghị ĐHTT</source>
        <translation>About Hội nghị ĐHTT</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="66" />
        <source>Chuẩn bị, in ấn và tổng hợp Hội nghị điển hình tiên tiến.</source>
        <translation>Prepare, print and consolidate advanced-model conferences.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="73" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="74" />
        <source>Mở thư mục dữ liệu</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="76" />
        <source>Giấy phép phông chữ</source>
        <translation>Font licence</translation>
    </message>
</context>
<context>
    <name>AwardColumns</name>
    <message>
        <location filename="../../app/ui/columns.py" line="57" />
        <source>Giai đoạn</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="58" />
        <source>Hình thức khen thưởng</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="59" />
        <source>Tập thể</source>
        <translation>Collectives</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="60" />
        <source>Cá nhân</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="61" />
        <source>Công nhân</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="62" />
        <source>Nông dân</source>
        <translation>Farmers</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="63" />
        <source>Lao động trực tiếp</source>
        <translation>Direct labourers</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="192" />
        <source>In giấy khen trên phôi</source>
        <translation>Print certificates on blanks</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="203" />
        <source>Số vào sổ</source>
        <translation>Register no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="203" />
        <source>Tên tập thể / Họ và tên</source>
        <translation>Collective / full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="203" />
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="212" />
        <source>Chỉ in các dòng đã chọn (in lại phôi hỏng)</source>
        <translation>Print only the selected rows (reprint a spoiled blank)</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="241" />
        <source>Mẫu phôi:</source>
        <translation>Blank template:</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="242" />
        <source>Máy in:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="243" />
        <source>Dịch sang phải:</source>
        <translation>Move right:</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="244" />
        <source>Dịch xuống dưới:</source>
        <translation>Move down:</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="247" />
        <source>In trang thử trên giấy trắng, đặt lên phôi và soi trước đèn; chữ lệch bao nhiêu milimét thì ghi độ dịch bấy nhiêu (số âm: sang trái, lên trên). Độ dịch được nhớ theo từng máy in.</source>
        <translation>Print the test page on plain paper, lay it over a blank and hold both against the light; enter how many millimetres the text is off (negative: left, up). The offsets are remembered per printer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="253" />
        <source>In trang thử…</source>
        <translation>Print test page…</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="255" />
        <source>Xem trước và in…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="258" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="323" />
        <source>Chưa có tập thể, cá nhân nào nhận hình thức khen thưởng do đơn vị tự quyết định.</source>
        <translation>No collective or individual receives a form of commendation this unit grants itself.</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="366" />
        <source>Đang chuẩn bị trang thử</source>
        <translation>Preparing the test page</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="371" />
        <source>Trang thử giấy khen</source>
        <translation>Certificate test page</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="384" />
        <source>Đang chuẩn bị giấy khen</source>
        <translation>Preparing the certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="390" />
        <source>Giấy khen</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="63" />
        <source>✔ Chuẩn bị đạt yêu cầu của kế hoạch.</source>
        <extracomment>Sections only a unit with units below it has. Sections that are forms, not lists: they scroll on a small screen instead of widening the window.</extracomment>
        <translation>✔ The preparation meets the plan.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/ui/columns.py" line="11" />
        <source>Họ và tên / Tên tập thể</source>
        <extracomment>Columns named alike in every list: key → (header, width).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="12" />
        <source>Tên</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="13" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="14" />
        <source>Đơn vị công tác</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="15" />
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="16" />
        <source>Đối tượng</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="17" />
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="18" />
        <source>Năm sinh</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="19" />
        <source>Số phút</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="20" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="25" />
        <source>Thời gian</source>
        <extracomment>Each list's own columns (a consolidated list takes those of the list it gathers).</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="26" />
        <source>Nội dung</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="27" />
        <source>Người thực hiện</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="28" />
        <source>Mục chuẩn</source>
        <translation>Standard item</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="29" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="32" />
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="33" />
        <source>Thành phần</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="34" />
        <source>Xếp theo: cấp, khối</source>
        <translation>Placed by: level, block</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="35" />
        <source>Xếp theo: chức vụ</source>
        <translation>Placed by: post</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="36" />
        <source>Thứ tự trong nhóm</source>
        <translation>Order within the group</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="37" />
        <source>Xưng hô</source>
        <translation>Honorific</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="38" />
        <source>Đã gửi giấy mời</source>
        <translation>Invitation sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="39" />
        <source>Có mặt</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="40" />
        <source>Cần xem lại</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="43" />
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="44" />
        <source>Hình thức khen thưởng</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="45" />
        <source>Tóm tắt thành tích</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="48" />
        <source>Người trình bày</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="49" />
        <source>Chủ đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="50" />
        <source>Minh họa (video, ảnh)</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../app/ui/columns.py" line="53" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ConferenceForm</name>
    <message>
        <location filename="../../forms/conference.ui" line="5" />
        <location filename="../../forms/conference.ui" line="9" />
        <source>Hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="18" />
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="28" />
        <source>Tên hội nghị:</source>
        <translation>Conference title:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="38" />
        <source>Ngày tổ chức:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="48" />
        <source>Giờ bắt đầu:</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="58" />
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="68" />
        <source>Chủ trì:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="78" />
        <source>Đồng chủ trì (Bí thư):</source>
        <translation>Co-host (party secretary):</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="88" />
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="98" />
        <source>Số đại biểu dự kiến:</source>
        <translation>Expected attendance:</translation>
    </message>
    <message>
        <location filename="../../forms/conference.ui" line="108" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="267" />
        <source>Thông tin hội nghị</source>
        <translation>Conference details</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="290" />
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="291" />
        <source>Ngày tổ chức:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="292" />
        <source>Giờ bắt đầu:</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="293" />
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="294" />
        <source>Thời hạn:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="269" />
        <source>Chương trình bắt đầu từ các nội dung chuẩn của kế hoạch đã chọn; có thể sửa sau.</source>
        <translation>The agenda starts from the standard items of the chosen plan; it can be changed later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="281" />
        <source>Chép danh sách khách mời từ hội nghị trước (đánh dấu “cần xem lại”: người được mời có thể đã đổi chức vụ)</source>
        <translation>Copy the invitees of the previous conference (marked “to review”: people may have changed posts)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="289" />
        <source>Theo kế hoạch:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="309" />
        <source> (mẫu)</source>
        <translation> (template)</translation>
    </message>
</context>
<context>
    <name>ConferenceSwitcher</name>
    <message>
        <location filename="../../app/ui/conference_switcher.py" line="31" />
        <location filename="../../app/ui/conference_switcher.py" line="39" />
        <source>Hội nghị đang làm (các hội nghị của đơn vị, gần nhất trước)</source>
        <translation>The conference being prepared (the unit's conferences, most recent first)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conference_switcher.py" line="52" />
        <source>chưa định ngày</source>
        <translation>no date yet</translation>
    </message>
</context>
<context>
    <name>ConsolidatedPanel</name>
    <message>
        <location filename="../../app/ui/review_panels.py" line="54" />
        <source>Góp ý cho đơn vị…</source>
        <translation>Review note to the unit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="56" />
        <source>Duyệt dự cấp này</source>
        <translation>Approve for this level</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="57" />
        <source>Bỏ duyệt</source>
        <translation>Withdraw approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="85" />
        <source>Hãy chọn dòng cần góp ý.</source>
        <translation>Select the rows to comment on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="90" />
        <source>Góp ý cho đơn vị cấp dưới</source>
        <translation>Review note to a lower unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="91" />
        <source>Nội dung góp ý (gửi xuống trong gói dữ liệu tới):</source>
        <translation>Note (sent down in the next bundle):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/review_panels.py" line="100" />
        <source>Góp ý %n dòng</source>
        <translation>
            <numerusform>Review note on %n row</numerusform>
            <numerusform>Review notes on %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="111" />
        <source>Đã ghi %1 góp ý; sẽ gửi xuống trong gói tới.</source>
        <translation>%1 note(s) written; they go down in the next bundle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="122" />
        <source>Đã duyệt %1 đại biểu; gửi lên cấp trên trong gói tới.</source>
        <translation>%1 delegate(s) approved; they go up in the next bundle.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="93" />
        <source>Quyết định khen thưởng</source>
        <extracomment>The day a decision is signed: a date, required.</extracomment>
        <translation>Commendation decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="103" />
        <source>để trống: in để xin ý kiến, chưa vào sổ</source>
        <translation>leave empty: a draft for comments, not yet in the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="110" />
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="111" />
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="112" />
        <source>Ngày ký:</source>
        <translation>Date signed:</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="113" />
        <source>Mức lương cơ sở (đồng):</source>
        <translation>Base salary (dong):</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="116" />
        <source>Có số quyết định thì các tập thể, cá nhân được vào sổ khen thưởng (số vào sổ in trên giấy khen và danh sách kèm theo).</source>
        <translation>With a decision number the collectives and individuals enter the commendation register (the register number is printed on the certificate and in the annexed list).</translation>
    </message>
    <message>
        <location filename="../../app/ui/award_dialogs.py" line="125" />
        <source>Xem trước và in…</source>
        <translation>Preview and print…</translation>
    </message>
</context>
<context>
    <name>DeskJobs</name>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="45" />
        <source>Đã hủy; không có gì thay đổi.</source>
        <extracomment>What changed records from outside the undo history (the status line names it).</extracomment>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="54" />
        <source>Đang chuẩn bị bản in</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="70" />
        <source>Quyết định khen thưởng</source>
        <translation>Commendation decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="81" />
        <source>Chưa có tập thể, cá nhân nào nhận hình thức khen thưởng do đơn vị tự quyết định (các hình thức cấp trên chỉ công bố tại hội nghị).</source>
        <translation>No collective or individual receives a form of commendation this unit grants itself (higher-level forms are only announced at the conference).</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="102" />
        <source>In giấy khen trên phôi</source>
        <translation>Print certificates on blanks</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="114" />
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="114" />
        <source>Với máy chủ PostgreSQL, hãy sao lưu bằng pg_dump.</source>
        <translation>On a PostgreSQL server, back up with pg_dump.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="119" />
        <source>Sao lưu cơ sở dữ liệu</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="123" />
        <source>Đã sao lưu vào %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="137" />
        <source>Chọn USB hoặc thư mục để chép cơ sở dữ liệu</source>
        <translation>Choose the USB drive or folder to copy the database to</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="154" />
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="157" />
        <source>Với máy chủ PostgreSQL, hãy khôi phục bằng pg_restore.</source>
        <translation>On a PostgreSQL server, restore with pg_restore.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="177" />
        <source>Thay toàn bộ dữ liệu đang dùng bằng bản sao lưu lúc %1?

Dữ liệu đang dùng được sao lưu trước, có thể khôi phục lại.</source>
        <translation>Replace all current data with the backup of %1?

The current data is backed up first and can be restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="190" />
        <source>Đã khôi phục bản sao lưu lúc %1; bản trước đó giữ ở %2</source>
        <translation>Restored the backup of %1; the replaced database is kept at %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="210" />
        <source>Lưu bảng tính</source>
        <translation>Save workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="210" />
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="224" />
        <location filename="../../app/ui/desk_jobs.py" line="230" />
        <location filename="../../app/ui/desk_jobs.py" line="242" />
        <source>Xuất bảng tính</source>
        <translation>Export workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="232" />
        <source>Hãy mở một danh sách (điển hình, khách mời, tham luận, đại biểu) hoặc mục Tiến độ rồi xuất.</source>
        <translation>Open a list (honorees, invitees, model reports, delegates) or the Progress section, then export.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="248" />
        <source>Đã xuất %2 dòng ra %1</source>
        <translation>Exported %2 rows to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="256" />
        <source>Xuất bảng tổng hợp</source>
        <translation>Export consolidated workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="278" />
        <source>Chọn bảng tính</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="280" />
        <source>Bảng tính (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="289" />
        <source>Nhập danh sách</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="298" />
        <source>Đã nhập %1 dòng.</source>
        <translation>Imported %1 rows.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="307" />
        <source>Hãy đóng hộp thoại đang mở rồi mở lại tệp %1.</source>
        <translation>Close the dialog that is open, then open the file %1 again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_jobs.py" line="320" />
        <source>Trao đổi dữ liệu qua USB</source>
        <translation>Exchange data by USB stick</translation>
    </message>
</context>
<context>
    <name>DeskMenus</name>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="131" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="132" />
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="133" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="134" />
        <source>&amp;In</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="135" />
        <source>&amp;Kế hoạch</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="136" />
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="137" />
        <source>Ngôn ngữ / Language</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="138" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="143" />
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="144" />
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="145" />
        <source>Chép cơ sở dữ liệu ra USB…</source>
        <translation>Copy the database to USB…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="146" />
        <source>Trao đổi dữ liệu qua USB…</source>
        <translation>Exchange data by USB stick…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="147" />
        <source>Giới thiệu Hội nghị ĐHTT…</source>
        <translation>About Hội nghị ĐHTT…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="148" />
        <source>Nhập danh sách từ Excel…</source>
        <translation>Import a list from Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="149" />
        <source>Xuất danh sách đang xem ra Excel…</source>
        <translation>Export the list shown to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="150" />
        <source>Xuất bảng tổng hợp cho cấp trên (Excel)…</source>
        <translation>Export the consolidated workbook for the higher level (Excel)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="151" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="152" />
        <source>Tìm…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="153" />
        <source>Kiểm tra theo kế hoạch</source>
        <translation>Plan checks</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="154" />
        <source>In chương trình</source>
        <translation>Print programme</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="155" />
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="156" />
        <source>Các kế hoạch…</source>
        <translation>Plans…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="157" />
        <source>Tạo kế hoạch mới từ…</source>
        <translation>New plan from…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="158" />
        <source>Hội nghị mới theo kế hoạch…</source>
        <translation>New conference from a plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="167" />
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="174" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_menus.py" line="175" />
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../app/ui/desk.py" line="84" />
        <source>Kiểm tra theo kế hoạch</source>
        <translation>Plan checks</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="96" />
        <location filename="../../app/ui/desk.py" line="277" />
        <source>Hội nghị ĐHTT</source>
        <translation>Hội nghị ĐHTT</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="107" />
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="125" />
        <location filename="../../app/ui/desk.py" line="275" />
        <source>Hội nghị ĐHTT — %1</source>
        <translation>Advanced-model conference — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="220" />
        <source>Không hoàn tác được</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/conference_switcher.py" line="97" />
        <source>Tạo kế hoạch mới từ…</source>
        <translation>New plan from…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="240" />
        <source>Kiểm tra theo kế hoạch — %1, %2</source>
        <translation>Plan checks — %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/desk.py" line="241" />
        <source>%n lỗi</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/desk.py" line="242" />
        <source>%n lưu ý</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/conference_switcher.py" line="98" />
        <source>Kế hoạch gốc:</source>
        <translation>Plan to copy:</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="19" />
        <source>Đơn vị</source>
        <extracomment>Sections of the navigation, in order: (key, name — the window's own words, translated by Qt).</extracomment>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="20" />
        <source>Hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="21" />
        <source>Chương trình</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="22" />
        <source>Thành phần / Khách mời</source>
        <translation>Invitees</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="23" />
        <source>Điển hình tiên tiến</source>
        <translation>Honorees</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="24" />
        <source>Tham luận</source>
        <translation>Model reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="25" />
        <source>Đại biểu dự cấp trên</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="26" />
        <source>Kết quả khen thưởng</source>
        <translation>Award figures</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="27" />
        <source>Góp ý</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="28" />
        <source>Tiến độ cấp dưới</source>
        <translation>Progress of units below</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="29" />
        <source>Tổng hợp: điển hình</source>
        <translation>All units: honorees</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="30" />
        <source>Tổng hợp: tham luận</source>
        <translation>All units: model reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_sections.py" line="31" />
        <source>Tổng hợp: đại biểu</source>
        <translation>All units: delegates</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../app/ui/failures.py" line="53" />
        <source>Sự cố không mong đợi; không có gì thay đổi. Chi tiết ghi ở %1.</source>
        <translation>Unexpected problem; nothing was changed. Details are in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/failures.py" line="57" />
        <source>Sự cố không mong đợi; chi tiết ghi ở %1.</source>
        <translation>Unexpected problem; details are in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/failures.py" line="82" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="37" />
        <source>Hội nghị ĐHTT — Bắt đầu</source>
        <translation>Advanced-model conference — Getting started</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="40" />
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="41" />
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="42" />
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="43" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="37" />
        <source>Hội nghị mới</source>
        <translation>New conference</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="58" />
        <source>Máy này chưa được thiết lập: chưa chọn đơn vị, chưa tạo hội nghị nào.</source>
        <translation>This PC is not set up yet: no unit chosen, no conference created.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="60" />
        <source>Danh mục đơn vị vừa nạp vẫn được giữ.</source>
        <translation>The unit registry just loaded is kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="61" />
        <source>Lần mở sau, phần mềm sẽ hỏi lại từ đầu.</source>
        <translation>Next time, the program starts these questions again from the beginning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="65" />
        <source>Máy này đã được gắn với %1 (đã lưu), nhưng hội nghị chưa được tạo. Lần mở sau, phần mềm sẽ tiếp tục từ bước thông tin hội nghị.</source>
        <translation>This PC now belongs to %1 (saved), but the conference is not created yet. Next time, the program goes on from the conference details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="68" />
        <source>Thoát phần thiết lập và đóng phần mềm?</source>
        <translation>Leave the set-up and close the program?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="70" />
        <source>Thoát phần thiết lập?</source>
        <translation>Leave the set-up?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="30" />
        <source>(không dùng)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="31" />
        <source>Họ và tên / Tên tập thể</source>
        <translation>Full name / collective</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="32" />
        <source>Họ và tên đệm</source>
        <translation>Family and middle name</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="33" />
        <location filename="../../app/ui/spreadsheet_dialog.py" line="74" />
        <source>Tên</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="34" />
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="35" />
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="36" />
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="37" />
        <source>Năm sinh (nam)</source>
        <translation>Year of birth (men)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="38" />
        <source>Năm sinh (nữ)</source>
        <translation>Year of birth (women)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="39" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="40" />
        <source>Đơn vị công tác</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="41" />
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="42" />
        <source>Thành tích</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="43" />
        <source>Đối tượng</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="44" />
        <source>Hình thức khen thưởng</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="45" />
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="46" />
        <source>Tôn giáo</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="47" />
        <location filename="../../app/ui/spreadsheet_dialog.py" line="74" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="48" />
        <source>Thành phần</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="49" />
        <source>Xưng hô</source>
        <translation>Honorific</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="50" />
        <source>Tập thể (x)</source>
        <translation>Collective (x)</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="53" />
        <location filename="../../app/ui/spreadsheet_dialog.py" line="81" />
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="54" />
        <source>Nhập, đã chuyển mã</source>
        <translation>Import, converted</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="55" />
        <source>TỪ CHỐI</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="56" />
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="66" />
        <source>Nhập danh sách từ %1</source>
        <translation>Import a list from %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="70" />
        <source>Cột trong tệp</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="70" />
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="74" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="74" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="86" />
        <source>Ghép cột (sửa nếu phần mềm đoán sai; được ghi nhớ cho lần sau):</source>
        <translation>Column mapping (correct it if the guess is wrong; remembered for next time):</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="88" />
        <source>Từng dòng sẽ được xử lý thế nào:</source>
        <translation>What happens to each row:</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_dialog.py" line="100" />
        <source>Dòng tiêu đề: %1. Sẽ nhập %2 dòng; %3 dòng bị từ chối (sửa tệp rồi mở lại); %4 ô đã chuyển từ TCVN3/VNI.</source>
        <translation>Header row: %1. %2 rows will be imported; %3 rows refused (fix the file and open it again); %4 cells converted from TCVN3/VNI.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../app/ui/jobs.py" line="68" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs.py" line="83" />
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="199" />
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="207" />
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="248" />
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="183" />
        <source>Mã nhận diện của máy</source>
        <translation>This PC's identification code</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="186" />
        <source>Ghi lại mã nhận diện máy: cấp trên sẽ hỏi mã này khi nhận dữ liệu đầu tiên của đơn vị. Nên lưu tệp khôi phục ra một USB riêng và cất kỹ: nếu máy hỏng, tệp này giúp máy mới gửi dữ liệu tiếp mà không phải đăng ký lại.</source>
        <translation>Note this PC's identification code: the higher level asks for it when your unit's first data arrives. Save the recovery file to a separate USB stick and keep it safe: if this PC breaks down, it lets the new PC go on sending data without registering again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="205" />
        <source>Mã nhận diện máy:</source>
        <translation>Identification code:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="206" />
        <source>Mật khẩu tệp khôi phục:</source>
        <translation>Recovery file password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="208" />
        <source>Lưu tệp khôi phục vào:</source>
        <translation>Save the recovery file to:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="211" />
        <source>Để trống mật khẩu nếu muốn lưu tệp khôi phục sau (Tệp → Trao đổi dữ liệu qua USB → Mã nhận diện máy).</source>
        <translation>Leave the password empty to save the recovery file later (File → Exchange data by USB → Identification code).</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="231" />
        <source>Lưu tệp khôi phục</source>
        <translation>Save the recovery file</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="231" />
        <source>Tệp khôi phục (*.hnk)</source>
        <translation>Recovery files (*.hnk)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="371" />
        <source>Đã lưu tệp khôi phục %1 — cất USB này ở nơi an toàn, tách khỏi máy.</source>
        <translation>Saved the recovery file %1 — keep this USB stick in a safe place, away from the PC.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="57" />
        <source>Khóa của máy không có trên máy này (cơ sở dữ liệu được chép hoặc khôi phục từ máy khác), nên chưa gửi, nhận được dữ liệu. Hãy lấy lại khóa từ tệp khôi phục của đơn vị bằng nút dưới đây.</source>
        <translation>This PC's keys are not here (the database was copied or restored from another PC), so no data can be sent or received yet. Restore the keys from the unit's recovery file with the button below.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="63" />
        <source>Lấy lại khóa của máy từ tệp khôi phục…</source>
        <translation>Restore this PC's keys from the recovery file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="65" />
        <source>Lưu tệp đăng ký của đơn vị…</source>
        <translation>Save this unit's registration file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="66" />
        <source>Tệp để chép cho cấp trên (hoặc cấp dưới) trước lần gửi dữ liệu đầu tiên</source>
        <translation>The file to copy to the higher (or a lower) unit before the first data is sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="68" />
        <source>Nhận tệp đăng ký của đơn vị khác…</source>
        <translation>Receive another unit's registration file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="70" />
        <source>Lưu tệp khôi phục (có mật khẩu)…</source>
        <translation>Save the recovery file (with a password)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="73" />
        <source>Khi máy này hỏng, tệp khôi phục giúp máy mới gửi dữ liệu tiếp mà không phải đăng ký lại với cấp trên</source>
        <translation>If this PC breaks down, the recovery file lets the new PC go on sending data without registering again with the higher level</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="78" />
        <source>In phiếu mã nhận diện…</source>
        <translation>Print the identification card…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="83" />
        <source>Mã nhận diện máy của %1 — đọc mã này cho đơn vị nhận khi họ gọi hỏi:</source>
        <translation>Identification code of %1 — read it out to the receiving unit when they phone to ask:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="105" />
        <source>Đơn vị đã nhận tệp đăng ký (cấp trên, cấp dưới) và mã nhận diện máy của họ:</source>
        <translation>Units whose registration file was received (higher and lower) and their identification codes:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="120" />
        <source>&lt;h2 align='center'&gt;PHIẾU MÃ NHẬN DIỆN MÁY GỬI DỮ LIỆU&lt;/h2&gt;&lt;p&gt;Đơn vị: &lt;b&gt;%1&lt;/b&gt; (mã %2)&lt;/p&gt;&lt;p&gt;Mã nhận diện máy:&lt;/p&gt;&lt;p align='center' style='font-family:monospace; font-size:14pt'&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cấp trên so mã này với mã phần mềm hiện ra khi nhận tệp đăng ký hoặc gói dữ liệu đầu tiên của đơn vị; chỉ chấp nhận khi trùng khớp từng nhóm.&lt;/p&gt;&lt;table width='100%'&gt;&lt;tr&gt;&lt;td width='50%'&gt;Ngày in: %4&lt;/td&gt;&lt;td align='center'&gt;&lt;b&gt;Người lập phiếu&lt;/b&gt;&lt;br&gt;&lt;i&gt;(ký, ghi rõ họ tên)&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h2 align='center'&gt;IDENTIFICATION CARD OF THE PC SENDING DATA&lt;/h2&gt;&lt;p&gt;Unit: &lt;b&gt;%1&lt;/b&gt; (code %2)&lt;/p&gt;&lt;p&gt;Identification code:&lt;/p&gt;&lt;p align='center' style='font-family:monospace; font-size:14pt'&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The higher level compares this code with the one the program shows when the unit's registration file or first data bundle arrives, and accepts it only if every group matches.&lt;/p&gt;&lt;table width='100%'&gt;&lt;tr&gt;&lt;td width='50%'&gt;Printed: %4&lt;/td&gt;&lt;td align='center'&gt;&lt;b&gt;Prepared by&lt;/b&gt;&lt;br&gt;&lt;i&gt;(signature, full name)&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="146" />
        <source>Đã lưu phiếu mã nhận diện: %1</source>
        <translation>Saved the identification card: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="161" />
        <source>Lưu tệp đăng ký của đơn vị</source>
        <translation>Save this unit's registration file</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="161" />
        <location filename="../../app/ui/sync_keys.py" line="178" />
        <source>Tệp đăng ký (*.hnk)</source>
        <translation>Registration files (*.hnk)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="164" />
        <source>Đã lưu tệp đăng ký %1 — chép tệp này cho đơn vị kia.</source>
        <translation>Saved the registration file %1 — copy it to the other unit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="174" />
        <source>Chọn tệp đăng ký của %1</source>
        <translation>Choose the registration file of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="176" />
        <source>Chọn tệp đăng ký của đơn vị khác</source>
        <translation>Choose another unit's registration file</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="184" />
        <source>Đã nhận tệp đăng ký của %1. Bây giờ có thể ghi gói dữ liệu.</source>
        <translation>Received the registration file of %1. The data bundle can be written now.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="199" />
        <source>Tệp này là tệp đăng ký của %1 (mã %2), không phải của %3. Hãy xin đúng tệp của %3.</source>
        <translation>This is the registration file of %1 (code %2), not of %3. Ask %3 for its own file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="211" />
        <source>Tệp đăng ký này đã được nhận trước đây; không cần làm gì thêm.</source>
        <translation>This registration file was received before; nothing more to do.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="214" />
        <source>Tệp đăng ký của %1.</source>
        <translation>The registration file of %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="221" />
        <source>Nhận tệp đăng ký?</source>
        <translation>Receive the registration file?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="235" />
        <location filename="../../app/ui/sync_keys.py" line="245" />
        <location filename="../../app/ui/sync_keys.py" line="278" />
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="237" />
        <source>Đặt mật khẩu cho tệp khôi phục (ít nhất %1 ký tự, không phải mật khẩu dễ đoán). Ghi mật khẩu ra giấy, cất riêng với USB:</source>
        <translation>Choose a password for the recovery file (at least %1 characters, not an easy guess). Write it on paper and keep it apart from the USB stick:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="245" />
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="250" />
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="253" />
        <source>Lưu tệp khôi phục</source>
        <translation>Save the recovery file</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="255" />
        <location filename="../../app/ui/sync_keys.py" line="271" />
        <source>Tệp khôi phục (*.hnk)</source>
        <translation>Recovery files (*.hnk)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="262" />
        <source>Đã lưu tệp khôi phục %1 — cất USB này ở nơi an toàn, tách khỏi máy.</source>
        <translation>Saved the recovery file %1 — keep this USB stick in a safe place, away from the PC.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="271" />
        <source>Chọn tệp khôi phục</source>
        <translation>Choose the recovery file</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="278" />
        <source>Mật khẩu của tệp khôi phục:</source>
        <translation>Password of the recovery file:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="291" />
        <source>Đã lấy lại khóa của máy; mã nhận diện máy: %1.</source>
        <translation>This PC's keys are restored; identification code: %1.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="120" />
        <location filename="../../app/ui/plan_editor.py" line="374" />
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="130" />
        <source>Tạo kế hoạch mới từ kế hoạch này…</source>
        <translation>New plan from this one…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="132" />
        <source>Nhập kế hoạch từ tệp…</source>
        <translation>Import a plan from a file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="134" />
        <source>Xuất kế hoạch ra tệp…</source>
        <translation>Export the plan to a file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="146" />
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="147" />
        <source>Nhóm đơn vị, thời hạn</source>
        <translation>Unit groups, deadlines</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="148" />
        <source>Chương trình chuẩn</source>
        <translation>Standard agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="149" />
        <source>Phong trào thi đua</source>
        <translation>Emulation movements</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="150" />
        <source>Lĩnh vực, đối tượng, kiểm tra</source>
        <translation>Fields, target groups, checks</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="164" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="166" />
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="186" />
        <source>mẫu</source>
        <translation>template</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="188" />
        <source>chỉ xem</source>
        <translation>read only</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="226" />
        <source>Kế hoạch do đơn vị này ban hành: sửa trực tiếp; mọi thay đổi được kiểm tra và có thể hoàn tác (Ctrl+Z).</source>
        <translation>A plan issued by this unit: edit it here; every change is checked and can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="234" />
        <source>Kế hoạch do %1 ban hành — đơn vị này chỉ xem, không sửa được. Muốn dùng cho hội nghị riêng của đơn vị, hãy tạo kế hoạch mới từ kế hoạch này.</source>
        <translation>A plan issued by %1 — this unit may read it, not change it. For the unit's own conference, make a new plan from it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="284" />
        <location filename="../../app/ui/plan_editor.py" line="293" />
        <location filename="../../app/ui/plan_editor.py" line="298" />
        <source>Tạo kế hoạch mới</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="285" />
        <source>Giai đoạn của kế hoạch mới (2026 hoặc 2036-2040):</source>
        <translation>Period of the new plan (2026 or 2036-2040):</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="293" />
        <source>Loại kế hoạch:</source>
        <translation>Plan kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="307" />
        <source>Xuất kế hoạch</source>
        <translation>Export plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="310" />
        <location filename="../../app/ui/plan_editor.py" line="335" />
        <source>Tệp kế hoạch (*.json)</source>
        <translation>Plan files (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="333" />
        <source>Chọn tệp kế hoạch</source>
        <translation>Choose a plan file</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="347" />
        <location filename="../../app/ui/plan_editor.py" line="352" />
        <source>Nhập kế hoạch</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="353" />
        <source>Nhập kế hoạch này?</source>
        <translation>Import this plan?</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="162" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PlanTabs</name>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="58" />
        <source>2026 hoặc 2036-2040</source>
        <translation>2026 or 2036-2040</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="60" />
        <source>(mặc định: giai đoạn kế tiếp)</source>
        <translation>(default: the next period)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="68" />
        <source>{form}: tên hình thức, {unit}: tên đơn vị, {period}: giai đoạn / năm</source>
        <translation>{form}: the form's name, {unit}: the unit's name, {period}: the period / year</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="73" />
        <source>Mã kế hoạch:</source>
        <translation>Plan code:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="74" />
        <source>Tên kế hoạch:</source>
        <translation>Plan name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="75" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="76" />
        <source>Giai đoạn:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="77" />
        <source>Giai đoạn phát động tiếp theo:</source>
        <translation>Next period launched:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="78" />
        <source>Số văn bản:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="79" />
        <source>Ngày ban hành:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="80" />
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="81" />
        <source>Thời lượng tối đa:</source>
        <translation>Length limit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="82" />
        <source>Tên hội nghị mặc định:</source>
        <translation>Default conference title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="95" />
        <source>Sửa thông tin chung của kế hoạch</source>
        <translation>Edit the plan's general information</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="96" />
        <source>Sửa thời lượng tối đa</source>
        <translation>Edit the length limit</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="97" />
        <source>Sửa loại kế hoạch</source>
        <translation>Edit the plan kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="104" />
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="105" />
        <source>Đơn vị thuộc nhóm</source>
        <translation>Units in the group</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="106" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="107" />
        <source>Cách ghi thời hạn</source>
        <translation>Deadline as worded</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="108" />
        <source>Tối đa (phút)</source>
        <translation>Limit (min)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="113" />
        <source>Sửa nhóm đơn vị</source>
        <translation>Edit a unit group</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="116" />
        <source>Sửa hình thức được phép</source>
        <translation>Edit the allowed forms</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="119" />
        <source>Hình thức hội nghị nhóm đang chọn được tổ chức:</source>
        <translation>Conference forms the selected group may hold:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="127" />
        <location filename="../../app/ui/plan_tabs.py" line="158" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="128" />
        <source>Nội dung ({period}, {next_period}: giai đoạn)</source>
        <translation>Item ({period}, {next_period}: the period)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="129" />
        <source>Số phút</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="130" />
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="135" />
        <source>Sửa chương trình chuẩn</source>
        <translation>Edit the standard agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="140" />
        <source>Thêm nội dung</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="141" />
        <source>Xóa nội dung</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="142" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="143" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="158" />
        <source>Tên phong trào</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="159" />
        <source>Sửa phong trào thi đua</source>
        <translation>Edit an emulation movement</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="160" />
        <source>Thêm phong trào</source>
        <translation>Add movement</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="162" />
        <source>Xóa phong trào</source>
        <translation>Delete movement</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="178" />
        <source>Sửa lĩnh vực tham luận cần có</source>
        <translation>Edit the fields model reports must cover</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="179" />
        <source>Sửa đối tượng cần có</source>
        <translation>Edit the target groups to cover</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="180" />
        <source>Sửa nội dung kiểm tra</source>
        <translation>Edit the checks</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="185" />
        <source>Lĩnh vực tham luận cần có</source>
        <translation>Fields the model reports must cover</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="186" />
        <source>Đối tượng cần có trong danh sách điển hình</source>
        <translation>Target groups the honorees should include</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="187" />
        <source>Nội dung kiểm tra áp dụng</source>
        <translation>Checks that apply</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="200" />
        <source>Tổng: %1 / tối đa %2</source>
        <translation>Total: %1 / limit %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="216" />
        <source>(nội dung mới)</source>
        <translation>(new item)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="217" />
        <source>Thêm nội dung chương trình</source>
        <translation>Add an agenda item</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="225" />
        <source>Xóa nội dung chương trình</source>
        <translation>Delete an agenda item</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="235" />
        <source>Đổi thứ tự chương trình</source>
        <translation>Reorder the agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="241" />
        <source>(phong trào mới)</source>
        <translation>(new movement)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="242" />
        <source>Thêm phong trào thi đua</source>
        <translation>Add an emulation movement</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tabs.py" line="250" />
        <source>Xóa phong trào thi đua</source>
        <translation>Delete an emulation movement</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="75" />
        <source>Xem trước khi in — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="85" />
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="88" />
        <source>Lưu thành PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="90" />
        <source>Mở thư mục chứa tệp</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="92" />
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="93" />
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="94" />
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="95" />
        <source>Xem cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="97" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="135" />
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="136" />
        <source>Máy in không sẵn sàng. Hãy kiểm tra máy in rồi thử lại.</source>
        <translation>The printer is not ready. Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="141" />
        <source>Lưu thành PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="141" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="151" />
        <source>Không lưu được</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="153" />
        <source>Không ghi được tệp vào thư mục đã chọn (ổ đĩa đầy, tệp đang mở, hoặc không có quyền). Hãy chọn nơi khác.</source>
        <translation>The file cannot be written to the chosen folder (disk full, file open elsewhere, or no permission). Choose another place.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="52" />
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="53" />
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="54" />
        <source>Chưa báo cáo</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="55" />
        <source>Chưa tổ chức</source>
        <translation>Not held</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="56" />
        <source>Đã tổ chức đúng hạn</source>
        <translation>Held on time</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="59" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="60" />
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="61" />
        <source>Ngày tổ chức</source>
        <translation>Date held</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="62" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="63" />
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="64" />
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="65" />
        <source>Tập thể</source>
        <translation>Collectives</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="66" />
        <source>Cá nhân</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="67" />
        <source>CN / ND / LĐTT</source>
        <translation>Workers / farmers / direct labour</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="68" />
        <source>Đại biểu đề nghị</source>
        <translation>Delegates proposed</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="69" />
        <source>Gói nhận gần nhất</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="70" />
        <source>Góp ý chưa xử lý</source>
        <translation>Open notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_charts.py" line="42" />
        <source>Chưa có số liệu</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_charts.py" line="97" />
        <source>Số đơn vị đã tổ chức hội nghị theo thời gian (đường đỏ: hạn)</source>
        <translation>Units that have held their conference, over time (red lines: deadlines)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="105" />
        <location filename="../../app/ui/units_below_view.py" line="159" />
        <source>Lưu biểu đồ (PNG)…</source>
        <translation>Save charts (PNG)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="109" />
        <location filename="../../app/ui/units_below_view.py" line="160" />
        <source>Lọc:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="127" />
        <source>Điển hình tiên tiến theo lĩnh vực</source>
        <translation>Honorees by field</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="128" />
        <source>Cá nhân điển hình theo đối tượng</source>
        <translation>Individual honorees by target group</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="144" />
        <location filename="../../app/ui/units_below_view.py" line="157" />
        <source>Bảng tiến độ</source>
        <translation>Progress table</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="145" />
        <location filename="../../app/ui/units_below_view.py" line="158" />
        <source>Biểu đồ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="155" />
        <location filename="../../app/ui/units_below_view.py" line="183" />
        <source>Mọi loại đơn vị</source>
        <translation>Every kind of unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="225" />
        <source>%1 (số %2)</source>
        <translation>%1 (no. %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="264" />
        <source>&lt;b&gt;Đang hiện %1 đơn vị&lt;/b&gt;: đã tổ chức %2, trễ hạn %3, chưa báo cáo %4; tập thể %5, cá nhân %6, đại biểu đề nghị %7.</source>
        <translation>&lt;b&gt;Showing %1 units&lt;/b&gt;: held %2, late %3, not reported %4; collectives %5, individuals %6, delegates proposed %7.</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="278" />
        <source>&lt;i&gt;Tổng theo loại đơn vị (mọi đơn vị cấp dưới):&lt;/i&gt;</source>
        <translation>&lt;i&gt;Totals by kind of unit (every unit below):&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="284" />
        <source>%1: %2 đơn vị, đã tổ chức %3, trễ hạn %4, cá nhân %5</source>
        <translation>%1: %2 units, held %3, late %4, individuals %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="296" />
        <source>&lt;i&gt;Tổng theo cấp:&lt;/i&gt; </source>
        <translation>&lt;i&gt;Totals by level:&lt;/i&gt; </translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="298" />
        <source>cấp %1: %2 đơn vị, đã tổ chức %3, trễ hạn %4</source>
        <translation>level %1: %2 units, held %3, late %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="337" />
        <source>Lưu biểu đồ vào thư mục</source>
        <translation>Save the charts in a folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="359" />
        <source>Lưu biểu đồ</source>
        <translation>Save the charts</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_below_view.py" line="366" />
        <source>Đã lưu %2 biểu đồ vào thư mục %1</source>
        <translation>Saved %2 charts in the folder %1</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="49" />
        <source>Xem trước</source>
        <extracomment>The folder last used for bundles (the stick, or another folder).</extracomment>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="51" />
        <source>Nhập các gói đã chọn</source>
        <translation>Import the selected bundles</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="53" />
        <source>Lưu biên bản…</source>
        <translation>Save the summary…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="55" />
        <source>In biên bản…</source>
        <translation>Print the summary…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="67" />
        <source>Các gói trên USB gửi cho đơn vị này:</source>
        <translation>Bundles on the stick for this unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="85" />
        <source>%1 — từ %2, %3 bản ghi</source>
        <translation>%1 — from %2, %3 records</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="123" />
        <source>Không có gói nào để xem.</source>
        <translation>No bundle to look at.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="126" />
        <source>Đang đọc các gói</source>
        <translation>Reading the bundles</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="149" />
        <source>Đang nhập các gói</source>
        <translation>Importing the bundles</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="165" />
        <source>Gói dữ liệu của %1.</source>
        <translation>A data bundle from %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="167" />
        <source>%1 gửi gói dữ liệu lần đầu.</source>
        <translation>%1 sends its first data bundle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="170" />
        <source>Xác nhận đơn vị gửi</source>
        <translation>Confirm the sender</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="184" />
        <source>Xong: %1 gói, %2 gói bị từ chối.</source>
        <translation>Done: %1 bundles, %2 refused.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="195" />
        <source>Lưu biên bản nhập gói</source>
        <translation>Save the import summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="203" />
        <source>Đã lưu biên bản nhập gói: %1</source>
        <translation>Saved the import summary: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="216" />
        <source>Giữ bản trong máy</source>
        <translation>Keep this PC's copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="218" />
        <source>Lấy bản trong gói</source>
        <translation>Take the bundle's copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="226" />
        <source>Hai máy của cùng một đơn vị đã sửa cùng một bản ghi. Hãy hỏi đơn vị đó bản nào đúng rồi chọn; không bản nào bị bỏ qua khi chưa chọn.</source>
        <translation>Two PCs of the same unit changed the same record. Ask that unit which one is right, then choose; nothing is dropped until you do.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="243" />
        <source>%1: “%2” — đơn vị %3, lần sửa thứ %4</source>
        <translation>%1: “%2” — unit %3, edit number %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_receive.py" line="251" />
        <source>Xung đột (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../app/ui/table_model.py" line="140" />
        <source>Giá trị ngoài danh mục (được giữ nguyên như đã nhập).</source>
        <translation>A value outside the catalogue (kept as typed).</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="182" />
        <source>Sửa “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_model.py" line="241" />
        <source>Thêm %n dòng</source>
        <translation>
            <numerusform>Add %n row</numerusform>
            <numerusform>Add %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_model.py" line="247" />
        <source>Xóa %n dòng</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="255" />
        <source>Đổi thứ tự</source>
        <translation>Reorder</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="45" />
        <source>Khôi phục từ bản sao lưu</source>
        <extracomment>The database a backup would replace (default: the window's).</extracomment>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="49" />
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="50" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="51" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="52" />
        <source>Điển hình</source>
        <translation>Honorees</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="53" />
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="54" />
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="57" />
        <source>Hiện bản sao lưu của các cơ sở dữ liệu khác</source>
        <translation>Show the backups of the other databases</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="68" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="69" />
        <source>Khôi phục bản này</source>
        <translation>Restore this one</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="72" />
        <source>Chọn tệp khác…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="79" />
        <source>Bản sao lưu của cơ sở dữ liệu %1. Cơ sở dữ liệu đang dùng sẽ được sao lưu trước khi bị thay thế.</source>
        <translation>Backups of the database %1. The database in use is backed up before it is replaced.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="83" />
        <source>Cơ sở dữ liệu đang dùng sẽ được sao lưu trước khi bị thay thế.</source>
        <translation>The current database is backed up before it is replaced.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="133" />
        <source>Chưa có bản sao lưu nào của cơ sở dữ liệu này trong thư mục sao lưu.</source>
        <translation>There is no backup of this database in the backups folder yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="150" />
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="150" />
        <source>Cơ sở dữ liệu (*.sqlite *.db)</source>
        <translation>Databases (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../app/ui/review_panels.py" line="158" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="159" />
        <source>Về</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="160" />
        <source>Nội dung góp ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="161" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="162" />
        <source>Cách xử lý</source>
        <translation>How it was resolved</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="190" />
        <source>Đánh dấu đã xử lý…</source>
        <translation>Mark as resolved…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="193" />
        <source>&lt;b&gt;Góp ý của cấp trên về dữ liệu của đơn vị&lt;/b&gt; (xử lý xong, gói gửi lên cấp trên sẽ mang theo cách xử lý)</source>
        <translation>&lt;b&gt;Notes from above on this unit's data&lt;/b&gt; (once resolved, the next bundle up carries the resolution)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="197" />
        <source>&lt;b&gt;Góp ý đơn vị đã gửi cho cấp dưới&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes this unit sent to lower units&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="228" />
        <source>Đã xử lý</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="228" />
        <source>Chưa xử lý</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="250" />
        <source>Xử lý góp ý</source>
        <translation>Resolve a note</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_panels.py" line="250" />
        <source>Đơn vị đã xử lý thế nào:</source>
        <translation>What the unit did:</translation>
    </message>
</context>
<context>
    <name>SavedLine</name>
    <message>
        <location filename="../../app/ui/saved.py" line="80" />
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved.py" line="81" />
        <source>Mở thư mục chứa tệp vừa lưu</source>
        <translation>Open the folder of the file just saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved.py" line="94" />
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <location filename="../../app/ui/sync_send.py" line="32" />
        <source>Ghi gói dữ liệu ra USB</source>
        <translation>Write a bundle to the stick</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_send.py" line="38" />
        <source>Gửi cho:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_send.py" line="44" />
        <source>Gói gồm mọi thay đổi từ lần gửi trước mà nơi nhận đã báo nhận được; nếu mất USB, chỉ cần ghi gói mới. Dữ liệu trong gói được mã hóa: chỉ đơn vị nhận mở được.</source>
        <translation>A bundle holds every change since the last one the recipient confirmed; if a stick is lost, just write a new bundle. The data in it is encrypted: only the recipient can open it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_send.py" line="78" />
        <source>cấp trên</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_send.py" line="78" />
        <source>cấp dưới</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_send.py" line="80" />
        <source> — chưa nhận tệp đăng ký</source>
        <translation> — registration file not received yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_send.py" line="97" />
        <source>Danh mục chưa có cấp trên hay cấp dưới của đơn vị này để gửi.</source>
        <translation>The registry holds no higher or lower unit of this unit to send to.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_send.py" line="104" />
        <source>&lt;b&gt;Chưa gửi được cho %1:&lt;/b&gt; máy này chưa nhận tệp đăng ký của đơn vị đó. Việc này chỉ làm một lần:&lt;ol&gt;&lt;li&gt;Xin %1 tệp đăng ký của họ (tên dạng &lt;b&gt;%2.hnk&lt;/b&gt;), chép qua USB hoặc thư điện tử.&lt;/li&gt;&lt;li&gt;Bấm nút dưới đây và chọn tệp đó.&lt;/li&gt;&lt;li&gt;Gọi điện cho %1, nhờ đọc &lt;b&gt;mã nhận diện máy&lt;/b&gt; của họ; so với mã phần mềm hiện ra, trùng khớp từng nhóm thì bấm Có.&lt;/li&gt;&lt;/ol&gt;Xong bước này là ghi được gói dữ liệu.</source>
        <translation>&lt;b&gt;Nothing can be sent to %1 yet:&lt;/b&gt; this PC has not received that unit's registration file. This is done once:&lt;ol&gt;&lt;li&gt;Ask %1 for its registration file (named like &lt;b&gt;%2.hnk&lt;/b&gt;), on a USB stick or by e-mail.&lt;/li&gt;&lt;li&gt;Click the button below and choose that file.&lt;/li&gt;&lt;li&gt;Phone %1 and ask them to read out their &lt;b&gt;identification code&lt;/b&gt;; compare it with the code the program shows, and click Yes if every group matches.&lt;/li&gt;&lt;/ol&gt;Then the data bundle can be written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_send.py" line="113" />
        <source>Nhận tệp đăng ký của %1…</source>
        <translation>Receive the registration file of %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_send.py" line="120" />
        <source>Hãy cắm USB hoặc chọn thư mục trước.</source>
        <translation>Plug in a USB stick or choose a folder first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_send.py" line="123" />
        <source>Đang ghi gói dữ liệu</source>
        <translation>Writing the bundle</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_send.py" line="130" />
        <source>Đã ghi gói dữ liệu (%1 bản ghi). Rút USB an toàn rồi mang đến đơn vị nhận.</source>
        <translation>The data bundle is written (%1 records). Eject the stick safely and take it to the recipient.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_send.py" line="134" />
        <source>Đã ghi gói dữ liệu %1</source>
        <translation>Wrote the data bundle %1</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="66" />
        <source>%1 (%2) — còn trống %3 GB</source>
        <translation>%1 (%2) — %3 GB free</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="82" />
        <source>Trao đổi dữ liệu qua USB</source>
        <translation>Exchange data by USB stick</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="88" />
        <source>Chọn thư mục khác…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="90" />
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="93" />
        <source>USB / thư mục:</source>
        <translation>USB stick / folder:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="99" />
        <source>Gửi đi</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="100" />
        <source>Nhận về</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="102" />
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="126" />
        <source>Thư mục %1</source>
        <translation>Folder %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="137" />
        <source>(chưa thấy USB — hãy cắm USB rồi bấm Làm mới, hoặc chọn thư mục)</source>
        <translation>(no USB stick seen — plug one in and press Refresh, or choose a folder)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="143" />
        <source>Chọn thư mục chứa gói dữ liệu</source>
        <translation>Choose the folder holding the bundles</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="101" />
        <source>Mã nhận diện máy</source>
        <translation>Identification code</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="167" />
        <source>CHÚ Ý: mã này KHÁC mã đã nhận trước đây (%1): đơn vị đã thay máy, hoặc tệp không do đơn vị đó gửi.</source>
        <translation>WARNING: this code DIFFERS from the one received before (%1): the unit replaced its PC, or the file was not sent by that unit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="181" />
        <source>Gọi điện cho đơn vị đó, nhờ đọc mã nhận diện máy của họ (trong phần mềm: Tệp → Trao đổi dữ liệu qua USB → Mã nhận diện máy) và so từng nhóm. Mã có trùng khớp không?</source>
        <translation>Phone that unit and ask them to read out their identification code (in the program: File → Exchange data by USB → Identification code), and compare every group. Do the codes match?</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../app/ui/table_panel.py" line="44" />
        <source>Danh sách tổng hợp chỉ để xem: dữ liệu thuộc đơn vị cấp dưới.</source>
        <translation>Consolidated lists are read-only: the data belongs to the lower units.</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="158" />
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="159" />
        <source>Xóa dòng</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="160" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="161" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="165" />
        <source>Tìm (không cần dấu)… Ctrl+F</source>
        <translation>Search (accents optional)… Ctrl+F</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_panel.py" line="177" />
        <source>%n dòng</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="216" />
        <source>(nội dung mới)</source>
        <translation>(new item)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="218" />
        <source>(họ và tên)</source>
        <translation>(full name)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="220" />
        <source>(người trình bày)</source>
        <translation>(presenter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="220" />
        <source>(chủ đề)</source>
        <translation>(title)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="273" />
        <source>Không dán được</source>
        <translation>Cannot paste</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="274" />
        <source>Dòng %1, cột “%2”: %3
Chưa dán gì.</source>
        <translation>Row %1, column “%2”: %3
Nothing was pasted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_panel.py" line="286" />
        <source>Dán %n dòng</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_panel.py" line="179" />
        <source>Tìm thấy %n dòng</source>
        <translation>
            <numerusform>%n row found</numerusform>
            <numerusform>%n rows found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="181" />
        <source>%1 (đang hiện %2)</source>
        <translation>%1 (%2 shown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_panel.py" line="191" />
        <source>Mục này không có ô tìm (chỉ các danh sách người có).</source>
        <translation>This section has no search box (only the lists of people have one).</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../forms/unit.ui" line="5" />
        <location filename="../../forms/unit.ui" line="9" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="18" />
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="28" />
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="38" />
        <source>Loại đơn vị:</source>
        <translation>Unit kind:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="48" />
        <source>Nhóm theo kế hoạch:</source>
        <translation>Plan group:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="58" />
        <source>Cấp trên:</source>
        <translation>Parent unit:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="68" />
        <source>Thời hạn tổ chức:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="78" />
        <source>Cơ quan chủ quản (dòng trên):</source>
        <translation>Parent body (top line):</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="88" />
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="98" />
        <source>Địa danh ghi ngày tháng:</source>
        <translation>Place in the date line:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="108" />
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="118" />
        <source>Chức danh người ký:</source>
        <translation>Signer's title:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="128" />
        <source>Thẩm quyền ký (TM., KT., …):</source>
        <translation>Signing authority (TM., KT., …):</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="138" />
        <source>Người dẫn chương trình (MC):</source>
        <translation>Master of ceremonies (MC):</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="148" />
        <source>Người đọc quyết định:</source>
        <translation>Reader of the decision:</translation>
    </message>
    <message>
        <location filename="../../forms/unit.ui" line="158" />
        <source>Số người mỗi đợt lên nhận khen thưởng:</source>
        <translation>People per honouring batch:</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="48" />
        <source>Máy này thuộc đơn vị nào?</source>
        <translation>Which unit does this PC belong to?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="51" />
        <source>Chọn đơn vị trong danh mục. Nếu danh mục còn trống, hãy nạp danh mục hành chính của tỉnh, hoặc nạp dữ liệu mẫu để xem thử.</source>
        <translation>Choose the unit in the registry. If the registry is empty, load the province's official divisions, or load the demo data to try the app.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="56" />
        <source>Tìm theo tên hoặc mã (không cần dấu)…</source>
        <translation>Search by name or code (accents optional)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="74" />
        <source>Nạp danh mục hành chính</source>
        <translation>Load official divisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="76" />
        <source>Nạp dữ liệu mẫu</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="79" />
        <source>Tỉnh, thành phố:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="126" />
        <source>Không nạp được</source>
        <translation>Cannot load</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="138" />
        <source>Đang nạp dữ liệu mẫu</source>
        <translation>Loading the demo data</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="168" />
        <source>Không chọn được</source>
        <translation>Cannot choose this unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="101" />
        <source>Không tìm thấy đơn vị nào khớp với “%1”.

Hãy gõ ít chữ hơn (một phần của tên, không cần dấu) hoặc gõ mã đơn vị. Nếu đơn vị chưa có trong danh mục, hãy chọn tỉnh, thành phố ở dưới rồi bấm “Nạp danh mục hành chính”.</source>
        <translation>No unit matches “%1”.

Type less (part of the name, accents not needed) or the unit code. If the unit is not in the registry yet, choose the province below and click “Load official divisions”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="109" />
        <source>Danh mục đơn vị còn trống.

Hãy chọn tỉnh, thành phố ở dưới rồi bấm “Nạp danh mục hành chính”, hoặc bấm “Nạp dữ liệu mẫu” để xem thử phần mềm.</source>
        <translation>The unit registry is empty.

Choose the province below and click “Load official divisions”, or click “Load demo data” to try the program.</translation>
    </message>
</context>
<context>
    <name>ValueEdit</name>
    <message>
        <location filename="../../app/ui/editors.py" line="34" />
        <source>%1 phút</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="37" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="39" />
        <source>vd. 07h30</source>
        <translation>e.g. 07h30</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="104" />
        <source>Chọn ngày trên lịch</source>
        <translation>Pick the day on a calendar</translation>
    </message>
</context>
<context>
    <name>WindowGuard</name>
    <message>
        <location filename="../../app/ui/single_window.py" line="194" />
        <source>Tệp dữ liệu này đang mở trong một cửa sổ Hội nghị ĐHTT khác trên máy; hãy dùng cửa sổ đó (hoặc đóng nó rồi mở lại).</source>
        <extracomment>How long a second start waits for the first window to answer (it may be busy opening the file).</extracomment>
        <translation>This database file is already open in another Hội nghị ĐHTT window on this PC; use that window (or close it and start again).</translation>
    </message>
</context>
<context>
    <name>_FormPanel</name>
    <message>
        <location filename="../../app/ui/form_panels.py" line="173" />
        <source>Sửa “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
</context>
</TS>