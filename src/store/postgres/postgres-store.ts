import pg from "pg";
import { ArticleSchema, type Article } from "../../schemas/article.ts";
import { articleSummary, type ArticleSummary } from "../../schemas/article-summary.ts";
import { SettingsSchema, type Settings } from "../../schemas/settings.ts";
import { duplicateUsernames, type Snapshot } from "../../schemas/snapshot.ts";
import { UserSchema, usernameKey, type User } from "../../schemas/user.ts";
import { DuplicateArticle, NoSuchArticle, type Store } from "../store.ts";
import { articleChanges } from "./article-changes.ts";
import { articleFromRows, articleRow, claimRow, evidenceRows, historyRows } from "./article-rows.ts";
import { migrate } from "./migrate.ts";
import { CLAIM_COLUMNS, EVIDENCE_COLUMNS, HISTORY_COLUMNS, UPSERT_CLAIM, inTransaction, insertRows } from "./sql-rows.ts";

/** Articles kept parsed in memory, each checked against the stored version before use. */
const CACHED_ARTICLES = 64;
/** Advisory-lock keys: account and settings changes take turns across every instance. */
const ACCOUNTS_LOCK = 4_711_1;
const SETTINGS_LOCK = 4_711_2;

export interface PostgresStoreOptions {
  /** What a brand-new database starts with (the bundled article); nothing when absent. */
  seed?: () => Snapshot | Promise<Snapshot>;
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

/**
 * The store in PostgreSQL, for desks that run several app instances or outgrow one process. It
 * honours the same contract as the file store (tests/store/store-contract.test.ts): each change
 * runs in one transaction that locks the article row, so two instances changing the same article
 * take turns and the second sees the first's result (and its version check fails with a conflict).
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  pool.on("error", () => undefined); // an idle client's lost connection; the next query reconnects
  try {
    await migrate(pool);
    if (options.seed) await seedOnce(pool, options.seed);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const cache = new Map<string, { version: number; article: Article }>();
  /** This instance's pending change per article: its changes run in call order (other instances wait on the row lock). */
  const queues = new Map<string, Promise<unknown>>();
  const inTurn = <T>(id: string, work: () => Promise<T>): Promise<T> => {
    const run = (queues.get(id) ?? Promise.resolve()).then(work);
    const settled = run.catch(() => undefined);
    queues.set(id, settled);
    void settled.then(() => queues.get(id) === settled && queues.delete(id));
    return run;
  };

  const remember = (article: Article, version: number) => {
    cache.delete(article.id);
    cache.set(article.id, { version, article });
    if (cache.size > CACHED_ARTICLES) cache.delete(cache.keys().next().value!);
  };

  return {
    readOnly: null,

    async listArticles() {
      const { rows } = await pool.query<{ summary: ArticleSummary }>("select summary from articles order by seq");
      return rows.map((r) => r.summary);
    },

    async listArticlePage({ offset, limit, newestFirst = false }) {
      const order = newestFirst ? "desc" : "asc";
      const [page, count] = await Promise.all([
        pool.query<{ summary: ArticleSummary }>(`select summary from articles order by seq ${order} limit $1 offset $2`, [limit, offset]),
        pool.query<{ total: string }>("select count(*) as total from articles"),
      ]);
      return { total: Number(count.rows[0]!.total), articles: page.rows.map((r) => r.summary) };
    },

    async getArticle(id) {
      const head = await pool.query<{ version: number }>("select version from articles where id = $1", [id]);
      const version = head.rows[0]?.version;
      if (version === undefined) return undefined;
      const cached = cache.get(id);
      if (cached?.version === version) return cached.article;
      const client = await pool.connect();
      try {
        const loaded = await loadArticle(client, id);
        if (loaded) remember(loaded.article, loaded.version);
        return loaded?.article;
      } finally {
        client.release();
      }
    },

    async addArticle(article) {
      const valid = ArticleSchema.parse(article);
      const summary = articleSummary(valid);
      await inTransaction(pool, async (client) => {
        if (!(await insertArticle(client, valid, summary))) throw new DuplicateArticle(valid.id);
      });
      return summary;
    },

    updateArticle: (id, change) =>
      inTurn(id, async () => {
        const { result, article, version } = await inTransaction(pool, async (client) => {
          const locked = await client.query<{ version: number }>("select version from articles where id = $1 for update", [id]);
          if (locked.rowCount === 0) throw new NoSuchArticle(id);
          const loaded = await loadArticle(client, id);
          if (!loaded) throw new NoSuchArticle(id);
          const draft = structuredClone(loaded.article);
          const result = change(draft);
          const next = ArticleSchema.parse(draft);
          const nextVersion = loaded.version + 1;
          await writeChanges(client, loaded.article, next, nextVersion);
          return { result, article: next, version: nextVersion };
        });
        remember(article, version);
        return result;
      }),

    async listUsers() {
      const { rows } = await pool.query<{ record: User }>("select record from accounts order by seq");
      return rows.map((r) => r.record);
    },

    async findUser(username) {
      const { rows } = await pool.query<{ record: User }>("select record from accounts where username_key = $1", [usernameKey(username)]);
      return rows[0]?.record;
    },

    updateUsers: (change) =>
      inTransaction(pool, async (client) => {
        await client.query("select pg_advisory_xact_lock($1)", [ACCOUNTS_LOCK]);
        const { rows } = await client.query<{ record: User }>("select record from accounts order by seq");
        const before = rows.map((r) => r.record);
        const draft = structuredClone(before);
        const result = change(draft);
        const users = draft.map((u) => UserSchema.parse(u));
        const dup = duplicateUsernames(users)[0];
        if (dup !== undefined) throw new Error(`duplicate username ${users[dup]!.username}`);
        await writeUsers(client, before, users);
        return result;
      }),

    async getSettings() {
      const { rows } = await pool.query<{ data: Settings }>("select data from settings");
      return rows[0]?.data ?? SettingsSchema.parse({});
    },

    updateSettings: (change) =>
      inTransaction(pool, async (client) => {
        await client.query("select pg_advisory_xact_lock($1)", [SETTINGS_LOCK]);
        const { rows } = await client.query<{ data: Settings }>("select data from settings");
        const draft = structuredClone(rows[0]?.data ?? SettingsSchema.parse({}));
        const result = change(draft);
        const settings = SettingsSchema.parse(draft);
        await client.query("insert into settings (id, data) values (true, $1) on conflict (id) do update set data = excluded.data", [settings]);
        return result;
      }),

    close: () => pool.end(),
  };
}

async function loadArticle(client: pg.ClientBase, id: string): Promise<{ article: Article; version: number } | undefined> {
  const head = await client.query("select id, language, text, record, version from articles where id = $1", [id]);
  const row = head.rows[0];
  if (!row) return undefined;
  // One client runs one query at a time: these are sent one after another.
  const claims = await client.query("select id, record from claims where article_id = $1 order by position", [id]);
  const evidence = await client.query("select claim_id, record from evidence where article_id = $1 order by claim_id, position", [id]);
  const history = await client.query("select claim_id, record from history where article_id = $1 order by claim_id, position", [id]);
  return { article: articleFromRows(row, claims.rows, evidence.rows, history.rows), version: row.version };
}

async function writeChanges(client: pg.ClientBase, before: Article, after: Article, version: number): Promise<void> {
  const changes = articleChanges(before, after);
  const row = articleRow(after, articleSummary(after));
  await client.query("update articles set language = $2, text = $3, record = $4, summary = $5, version = $6 where id = $1", [
    row.id,
    row.language,
    row.text,
    row.record,
    row.summary,
    version,
  ]);
  if (changes.deleteClaims.length) await client.query("delete from claims where article_id = $1 and id = any($2)", [after.id, changes.deleteClaims]);
  await insertRows(client, "claims", CLAIM_COLUMNS, changes.upsertClaims, UPSERT_CLAIM);
  if (changes.replaceEvidence.length)
    await client.query("delete from evidence where article_id = $1 and claim_id = any($2)", [after.id, changes.replaceEvidence]);
  await insertRows(client, "evidence", EVIDENCE_COLUMNS, changes.insertEvidence);
  if (changes.replaceHistory.length) await client.query("delete from history where article_id = $1 and claim_id = any($2)", [after.id, changes.replaceHistory]);
  await insertRows(client, "history", HISTORY_COLUMNS, changes.insertHistory);
}

async function writeUsers(client: pg.ClientBase, before: User[], after: User[]): Promise<void> {
  const kept = new Set(after.map((u) => usernameKey(u.username)));
  const gone = before.map((u) => usernameKey(u.username)).filter((key) => !kept.has(key));
  if (gone.length) await client.query("delete from accounts where username_key = any($1)", [gone]);
  for (const user of after) {
    await client.query(
      "insert into accounts (username_key, role, record) values ($1, $2, $3) on conflict (username_key) do update set role = excluded.role, record = excluded.record",
      [usernameKey(user.username), user.role, user],
    );
  }
}

/** Inserts a new article with its claims, evidence and history rows; false when the id is taken. */
async function insertArticle(client: pg.ClientBase, article: Article, summary: ArticleSummary): Promise<boolean> {
  const row = articleRow(article, summary);
  const inserted = await client.query(
    "insert into articles (id, language, text, record, summary, version) values ($1, $2, $3, $4, $5, 1) on conflict (id) do nothing",
    [row.id, row.language, row.text, row.record, row.summary],
  );
  if (inserted.rowCount === 0) return false;
  await insertRows(
    client,
    "claims",
    CLAIM_COLUMNS,
    article.claims.map((c, i) => claimRow(article.id, c, i)),
  );
  await insertRows(
    client,
    "evidence",
    EVIDENCE_COLUMNS,
    article.claims.flatMap((c) => evidenceRows(article.id, c)),
  );
  await insertRows(
    client,
    "history",
    HISTORY_COLUMNS,
    article.claims.flatMap((c) => historyRows(article.id, c)),
  );
  return true;
}

/** Fills a brand-new database (no settings row yet) from the seed, once, whichever instance starts first. */
async function seedOnce(pool: pg.Pool, seed: () => Snapshot | Promise<Snapshot>): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("select pg_advisory_xact_lock($1)", [SETTINGS_LOCK]);
    const fresh = (await client.query("select 1 from settings")).rowCount === 0;
    if (!fresh) return;
    const snapshot = await seed();
    await client.query("insert into settings (id, data) values (true, $1)", [SettingsSchema.parse(snapshot.settings)]);
    for (const article of snapshot.articles) {
      const valid = ArticleSchema.parse(article);
      await insertArticle(client, valid, articleSummary(valid));
    }
    await writeUsers(client, [], snapshot.users);
  });
}
