-- An editor's unpublished Spanish text for an entry: residents see none of it until a
-- publisher publishes it, as for English drafts.
create table faq_translation_draft (
    entry_id      varchar(100)   not null references faq_entry (id) on delete cascade,
    language      varchar(16)    not null,
    title         varchar(300)   not null,
    answer        varchar(20000) not null,
    short_answer  varchar(400)   not null,
    questions     varchar(20000) not null,
    author        varchar(200)   not null,
    saved_at      timestamp with time zone not null,
    primary key (entry_id, language)
);
