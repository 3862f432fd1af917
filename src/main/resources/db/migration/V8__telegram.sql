-- Telegram updates already handled, by update_id: Telegram re-delivers an update until it
-- is acknowledged, and each must be answered once.
create table telegram_update (
    update_id    bigint primary key,
    received_at  timestamp with time zone not null
);
