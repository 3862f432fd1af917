-- The FAQ in other languages (Spanish first): each entry's text written and reviewed by staff,
-- never generated. reviewed_version is the English version the text was last checked against;
-- an English edit moves faq_entry.version past it, which marks the translation stale until
-- someone reviews it again.
create table faq_translation (
    entry_id          varchar(100)   not null references faq_entry (id) on delete cascade,
    language          varchar(16)    not null,
    title             varchar(300)   not null,
    answer            varchar(20000) not null,
    short_answer      varchar(400)   not null,
    questions         varchar(20000) not null,
    reviewed_version  integer        not null,
    reviewed_by       varchar(200)   not null,
    updated_at        timestamp with time zone not null,
    primary key (entry_id, language)
);
