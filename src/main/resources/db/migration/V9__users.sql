-- Who may use the web pages. A user belongs to one org unit and sees only its subtree; the role
-- says what they may do there (leader reads, analyst also loads files and asks for reports, admin
-- also manages users and jobs). Only a hash of the password is stored: {bcrypt}$2a$..., the prefix
-- naming the algorithm so a stronger one can replace it user by user. There is no default user:
-- the first admin is created with `./wardstat users add`.

create table app_user (
    id            bigserial primary key,
    username      text        not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    password_hash text        not null,
    role          text        not null check (role in ('LEADER', 'ANALYST', 'ADMIN')),
    org_unit_code text        not null references org_unit (code),
    display_name  text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now()
);
