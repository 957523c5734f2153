import type { Migration } from "./index.ts";

/**
 * The first schema. One row per account, article and claim; a claim's evidence and history are rows
 * of their own (history only grows, so a save appends to it instead of rewriting it).
 *
 * The columns are what queries select, sort and filter on (status, verdict, speaker, dates); each row's
 * `record` holds the rest of the validated record as the zod schema has it, so a field added to a
 * schema needs no migration unless a query must use it. `version` on articles and claims guards
 * against silent overwrites: a save locks its article row and checks the version the reviewer saw.
 */
export const initialSchema: Migration = {
  id: 1,
  name: "initial schema",
  sql: `
create table settings (
  id boolean primary key default true check (id),
  data jsonb not null
);

create table accounts (
  username_key text primary key,
  seq bigserial unique,
  role text not null,
  record jsonb not null
);

create table articles (
  seq bigserial unique,
  id text primary key,
  language text not null,
  text text not null,
  -- every other field of the article (title, source, dates …)
  record jsonb not null,
  -- the article list's row (ArticleSummary), written with the article in the same transaction
  summary jsonb not null,
  version integer not null
);

create table claims (
  article_id text not null references articles (id) on delete cascade,
  id text not null,
  position integer not null,
  speaker text not null,
  status text not null,
  verdict text,
  version integer not null check (version > 0),
  updated_at timestamptz not null,
  -- the claim without its evidence and history
  record jsonb not null,
  primary key (article_id, id)
);
create index claims_status on claims (status, updated_at);
create index claims_speaker on claims (speaker);

create table evidence (
  article_id text not null,
  claim_id text not null,
  position integer not null,
  url text not null,
  record jsonb not null,
  primary key (article_id, claim_id, position),
  foreign key (article_id, claim_id) references claims (article_id, id) on delete cascade
);

create table history (
  article_id text not null,
  claim_id text not null,
  position integer not null,
  at timestamptz not null,
  by text not null,
  action text not null,
  record jsonb not null,
  primary key (article_id, claim_id, position),
  foreign key (article_id, claim_id) references claims (article_id, id) on delete cascade
);

-- Failed sign-ins, shared by every instance (keyed per account and per client address).
create table sign_in_failures (
  key text not null,
  at timestamptz not null
);
create index sign_in_failures_key on sign_in_failures (key, at);

-- Secrets every instance must share (the session-signing key) when none is set in the environment.
create table secrets (
  name text primary key,
  value text not null
);
`,
};
