-- Trigram indexes back the diacritic-free name searches of every module.
create extension if not exists pg_trgm;
