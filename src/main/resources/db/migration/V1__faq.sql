-- FAQ entries: the staff-approved answers. Runs unchanged on H2 (embedded default) and PostgreSQL.
create table faq_entry (
    id            varchar(100)   not null primary key,
    language      varchar(16)    not null,
    title         varchar(300)   not null,
    answer        varchar(20000) not null,
    short_answer  varchar(400)   not null,
    tags          varchar(2000)  not null,
    emergency     boolean        not null,
    hazards       varchar(500)   not null,
    version       integer        not null,
    updated_at    timestamp with time zone not null
);

create table faq_question (
    entry_id  varchar(100)  not null references faq_entry (id) on delete cascade,
    position  integer       not null,
    text      varchar(1000) not null,
    primary key (entry_id, position)
);
