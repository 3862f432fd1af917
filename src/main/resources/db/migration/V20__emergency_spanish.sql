-- An emergency's headline and guidance in Spanish, pinned for residents who write in Spanish.
-- Empty when staff wrote none: those residents are pinned the English text.
alter table emergency_version add column headline_es varchar(120);
alter table emergency_version add column guidance_short_es varchar(160);
alter table emergency_version add column guidance_long_es varchar(4000);
