-- Issue 12, point 6 (docs/decisions/016-discipline-and-raise-rules-from-the-law.md).
--
-- 1. Which titles are leadership or management posts (chức vụ lãnh đạo, quản lý): NĐ
--    172/2025 reserves removal from post (cách chức) of a công chức, and Luật Viên chức of a
--    viên chức, for those holding one. Every title of the catalogue is such a post except
--    the commune civil-servant titles of NĐ 33/2023 (Văn phòng - thống kê, Địa chính, …),
--    which are professional posts; job positions say it by their group (LEADERSHIP).
alter table post_title add column leadership boolean not null default true;
update post_title set leadership = false where code like 'XA\_CC\_%';

-- 2. The state discipline forms by the date of the decision: demotion (giáng chức) and
--    salary-step reduction (hạ bậc lương) of a công chức existed until NĐ 172/2025 abolished
--    them from 01/07/2025; decisions signed before that day must be recordable so that the
--    history is complete.
insert into rule_version (rule_key, valid_from, citation, source_url, confirmed, parameters, note, created_by) values
('DISCIPLINE_FORMS', null,
	'Luật Cán bộ, công chức 2008, Điều 79 (sửa đổi 2019); Nghị định 112/2020/NĐ-CP, Điều 2',
	'https://lawnet.vn/thong-tin-phap-luat/can-bo-cong-chuc-vien-chuc/tu-01-7-2020-can-bo-cong-chuc-bi-xu-ly-ky-luat-van-duoc-bo-nhiem-69710.html',
	false,
	'{"civilServantDemotion": 1, "civilServantSalaryStepReduction": 1}',
	'Công chức: khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức (công chức giữ chức vụ lãnh đạo, quản lý), buộc thôi việc. Việc hai hình thức này tồn tại đến 30/6/2025 đã xác minh (NĐ 172/2025 bãi bỏ); CHƯA XÁC MINH số điều của Luật CBCC 2008 trích dẫn.',
	'system'),
('DISCIPLINE_FORMS', '2025-07-01',
	'Nghị định 172/2025/NĐ-CP; Luật Cán bộ, công chức 2025, Điều 43',
	'https://thuonghieuquocgia.nhandan.vn/4-hinh-thuc-xu-ly-ky-luat-doi-voi-can-bo-cong-chuc-theo-nghi-dinh-moi-post892539.html',
	true,
	'{"civilServantDemotion": 0, "civilServantSalaryStepReduction": 0}',
	'Từ 01/7/2025 bỏ hình thức giáng chức và hạ bậc lương; công chức: khiển trách, cảnh cáo, cách chức (chỉ với người giữ chức vụ lãnh đạo, quản lý), buộc thôi việc.',
	'system');
