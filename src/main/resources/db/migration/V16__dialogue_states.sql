-- What the engine keeps between a resident's messages: the entries a "did you mean" offered
-- and a report still being told. Kept in the shared store so that the next message may
-- reach any instance behind the balancer (Twilio's webhooks carry no cookie to stick by).
create table dialogue_state (
    conversation varchar(300)  not null,
    kind         varchar(16)   not null,
    content      varchar(200000) not null,
    kept_at      timestamp with time zone not null,
    primary key (conversation, kind)
);
create index dialogue_state_kept_at on dialogue_state (kept_at);
