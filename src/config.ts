import { z } from "zod";

/** Environment variables Isnad reads, with their defaults. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DB_FILE: z.string().min(1).default("./db.json"),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  ORGANIZATION_NAME: z.string().min(1).default("Isnad"),
  ORGANIZATION_URL: z.url({ protocol: /^https?$/ }).optional(),
});

/** Settings for the server and the CLI. */
export interface Config {
  port: number;
  dbFile: string;
  /** Origin of the public report pages, used in ClaimReview `url`. */
  publicUrl?: string;
  organization: { name: string; url?: string };
}

/** Reads the settings from `env`; throws an Error naming the variable when one is malformed. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join(".")}: ${issue.message}`);
  }
  const { PORT, DB_FILE, PUBLIC_URL, ORGANIZATION_NAME, ORGANIZATION_URL } = parsed.data;
  return {
    port: PORT,
    dbFile: DB_FILE,
    publicUrl: PUBLIC_URL?.replace(/\/+$/, ""),
    organization: { name: ORGANIZATION_NAME, ...(ORGANIZATION_URL ? { url: ORGANIZATION_URL } : {}) },
  };
}
