import { z } from "zod";

/** Environment variables Isnad reads, with their defaults. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z
    .string()
    .trim()
    .default("")
    .transform((host) => host || "127.0.0.1"),
  NODE_ENV: z.string().optional(),
  DB_FILE: z.string().min(1).default("./db.json"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" }).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  ORGANIZATION_NAME: z.string().trim().min(1).optional(),
  ORGANIZATION_URL: z.url({ protocol: /^https?$/ }).optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .positive()
    .max(7 * 24 * 60)
    .default(60),
  TRUST_PROXY: z.string().optional(),
  JOURNAL_CHECKPOINT_BYTES: z.coerce.number().int().positive().optional(),
});

/** Settings for the server and the CLI. */
export interface Config {
  port: number;
  /** The address to listen on: 127.0.0.1 (this machine only) unless HOST says otherwise (0.0.0.0, ::, an interface's address). */
  host: string;
  /** Templates compiled once and cached, express in production mode; off only when NODE_ENV=development (npm run dev). */
  production: boolean;
  dbFile: string;
  /** PostgreSQL instead of the lowdb files, when set. */
  databaseUrl?: string;
  /** Origin of the public fact-check pages, used in ClaimReview `url`; overrides the desk setting. */
  publicUrl?: string;
  /** Who publishes the fact-checks; each field set here overrides the desk setting. */
  organization: { name?: string; url?: string };
  /** Signs session cookies; when absent the server keeps a generated one in `<dbFile>.secret`. */
  sessionSecret?: string;
  sessionIdleMinutes: number;
  /** express's "trust proxy": false, a hop count, or addresses (TRUST_PROXY=1 behind one proxy). */
  trustProxy: boolean | number | string;
  /** How large db.json.journal grows (and at least db.json's size) before db.json is written whole; the store's default when absent. */
  journalCheckpointBytes?: number;
}

/** Reads the settings from `env`; throws an Error naming the variable when one is malformed. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join(".")}: ${issue.message}`);
  }
  const { PORT, HOST, NODE_ENV, DB_FILE, DATABASE_URL, PUBLIC_URL, ORGANIZATION_NAME, ORGANIZATION_URL, SESSION_SECRET, SESSION_IDLE_MINUTES, TRUST_PROXY } =
    parsed.data;
  const { JOURNAL_CHECKPOINT_BYTES } = parsed.data;
  return {
    port: PORT,
    host: HOST,
    production: NODE_ENV !== "development",
    dbFile: DB_FILE,
    ...(DATABASE_URL ? { databaseUrl: DATABASE_URL } : {}),
    publicUrl: PUBLIC_URL?.replace(/\/+$/, ""),
    organization: { ...(ORGANIZATION_NAME ? { name: ORGANIZATION_NAME } : {}), ...(ORGANIZATION_URL ? { url: ORGANIZATION_URL } : {}) },
    ...(SESSION_SECRET ? { sessionSecret: SESSION_SECRET } : {}),
    sessionIdleMinutes: SESSION_IDLE_MINUTES,
    trustProxy: trustProxy(TRUST_PROXY),
    ...(JOURNAL_CHECKPOINT_BYTES ? { journalCheckpointBytes: JOURNAL_CHECKPOINT_BYTES } : {}),
  };
}

/** TRUST_PROXY as express takes it: unset, "", "0" or "false" is off; "true" is one hop; a number is that many hops; anything else (addresses, "loopback") as given. */
function trustProxy(value: string | undefined): boolean | number | string {
  const v = value?.trim() ?? "";
  if (v === "" || v === "0" || v === "false") return false;
  if (v === "true") return 1;
  return /^\d+$/.test(v) ? Number(v) : v;
}
