-- Personal API tokens: a user's key to /api/v1 for another system, printed once by
-- `./wardstat users token NAME`. Only a SHA-256 hash is kept: a token read from the database (or a
-- backup) opens nothing. Revoked tokens stay, so the audit trail's mention of them still resolves.
create table api_token (
    id           bigserial primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    token_hash   text        not null unique,
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_token_user on api_token (user_id);
