-- What the people figures count (PeopleIndicators: sex, ethnicity, religion, Party, local,
-- age, general education and the three qualification levels), read from the index alone:
-- a province's dashboard joins 200,000 primary posts to their people, and the records
-- themselves are wide (docs/decisions/021-people-at-a-date.md).
create index person_indicator_facts on person (id) include (gender, ethnicity, religion, birth_year, party_joined_on,
		local_person, education_grade, education_system, professional_level, political_theory_level,
		state_management_level);
