import type { Migration } from "./index.ts";

/**
 * The first schema. One row per account, article and claim; a claim's evidence and history are rows of
 * their own (history only grows, so a save appends instead of rewriting it). `version` on claims is the
 * optimistic-concurrency guard: an update names the version it read and fails when another got there first.
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
  username text not null,
  role text not null check (role in ('reviewer', 'editor', 'admin')),
  record jsonb not null,
  created_at timestamptz not null
);

create table articles (
  id text primary key,
  title text not null,
  language text not null check (language in ('ar', 'en')),
  text text not null,
  meta jsonb not null default '{}',
  imported_at timestamptz not null,
  extracted_at timestamptz not null,
  updated_at timestamptz not null,
  version integer not null default 1
);
create index articles_updated on articles (updated_at desc);

create table claims (
  article_id text not null references articles (id) on delete cascade,
  id text not null,
  position integer not null,
  speaker text not null,
  kind text not null,
  text text not null,
  start_offset integer not null,
  end_offset integer not null,
  paragraph integer not null,
  rule text not null,
  speaker_mention jsonb not null,
  cue jsonb not null,
  quote jsonb not null,
  origin text not null,
  orphaned boolean not null,
  dismissed boolean not null,
  corrected text[] not null,
  verdict text,
  notes text not null,
  reviewer text not null,
  status text not null,
  editor_comment text not null,
  version integer not null check (version > 0),
  updated_at timestamptz not null,
  extra jsonb not null default '{}',
  primary key (article_id, id)
);
create index claims_status on claims (status, updated_at);

create table evidence (
  article_id text not null,
  claim_id text not null,
  position integer not null,
  url text not null,
  title text not null,
  excerpt text not null,
  stance text not null,
  primary key (article_id, claim_id, position),
  foreign key (article_id, claim_id) references claims (article_id, id) on delete cascade
);

create table history (
  article_id text not null,
  claim_id text not null,
  position integer not null,
  entry jsonb not null,
  primary key (article_id, claim_id, position),
  foreign key (article_id, claim_id) references claims (article_id, id) on delete cascade
);

-- Failed sign-ins, shared by every instance (per account and per client address).
create table sign_in_failures (
  key text not null,
  at timestamptz not null
);
create index sign_in_failures_key on sign_in_failures (key, at);
`,
};
