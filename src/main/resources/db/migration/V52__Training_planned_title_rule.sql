-- Training needs from the titles a person is planned for (decision 034): the rule version
-- the need cites, dated like every rule so that the rules page shows it and a later text can
-- replace it from its first day.
insert into rule_version (rule_key, valid_from, citation, source_url, confirmed, parameters, note, created_by) values
('TRAINING_PLANNED_TITLE', '2025-11-21',
	'Quy định 377-QĐ/TW, Điều 25 khoản 1; Hướng dẫn 45-HD/BTCTW, mục II.5.1, II.7',
	'https://vjs.vietnam.vn/en/quy-dinh-so-377-qd-tw-ve-phan-cap-quan-ly-can-bo-quy-hoach-bo-nhiem-tu-chuc-mien-nhiem-doi-voi-can-bo',
	true,
	'{}',
	'Người được quy hoạch phải đáp ứng tiêu chuẩn của chức danh quy hoạch; đối tượng 2 có thể được quy hoạch trước khi đạt chuẩn lý luận chính trị nhưng phải có kế hoạch đào tạo. Đào tạo, luân chuyển, bổ nhiệm theo quy hoạch đã được phê duyệt. Các yêu cầu của tiêu chuẩn chức danh chưa đạt (trừ tuổi) là nhu cầu đào tạo, bồi dưỡng.',
	'system');
