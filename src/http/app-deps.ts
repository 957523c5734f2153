import type { Store as RateLimitStore } from "express-rate-limit";
import type { SignInThrottle, SlowDownLimits } from "../auth/sign-in-throttle.ts";
import { randomBytes, randomUUID } from "node:crypto";
import { DEFAULT_COST, type ScryptCost } from "../auth/password-hash.ts";
import { detectLanguage } from "../core/detect-language.ts";
import { createWorkspace, type Extract, type Workspace } from "../domain/workspace.ts";
import type { Language } from "../schemas/article.ts";
import type { FetchOptions } from "../ingest/fetch-page.ts";
import type { Store } from "../store/store.ts";
import { createClaimCatalogue, type ClaimCatalogue } from "../reports/claim-catalogue.ts";
import { createCheckedIndex, type CheckedIndex } from "../reports/already-checked/checked-index.ts";

export type { Extract };

/** Everything createApp needs; only `store` is required. */
export interface AppOptions {
  /** Where routes read from; they write through `workspace`, made over it. */
  store: Store;
  /** Finds claims in a text; defaults to the core extractor (tests pass a fake). */
  extract?: Extract;
  /** Guesses an article's language; defaults to the core's. */
  detectLanguage?: (text: string) => Language;
  /** The clock, for history timestamps. */
  now?: () => Date;
  /** New article and hand-made claim ids. */
  newId?: () => string;
  /**
   * Origin of the public fact-check pages (ClaimReview `url`), e.g. https://factcheck.example.org.
   * Overrides the desk setting; without either, the request's origin is used.
   */
  publicUrl?: string;
  /** Who publishes the fact-checks (ClaimReview `author`); each field given overrides the desk setting. */
  organization?: { name?: string; url?: string };
  /** Signs the session cookie; defaults to a random secret (sessions then end when the app does). */
  sessionSecret?: string;
  /** A session ends after this many minutes without a request (default 60). Measured with `now`. */
  sessionIdleMinutes?: number;
  /**
   * Behind a reverse proxy: express's "trust proxy" setting (hops, or addresses), so client
   * addresses and https are read from X-Forwarded-*; session cookies are then always Secure.
   */
  trustProxy?: boolean | number | string;
  /** Production: templates compiled once and cached, express in production mode (default false: templates re-read on each render). */
  production?: boolean;
  /**
   * Failed sign-ins: `perAccount` before the account's sign-ins are slowed down (a delay doubling
   * from 1 s to 30 s), `perAddress` before a client address gets 429s, within `windowMinutes`.
   */
  signInLimits?: { perAccount: number; perAddress: number; windowMinutes: number };
  /** Waits before checking a slowed-down sign-in; tests pass one that only moves their clock. */
  sleep?: (ms: number) => Promise<void>;
  /** The scrypt cost of new password hashes (default DEFAULT_COST); tests pass a cheap one. */
  passwordCost?: ScryptCost;
  /** Failed sign-ins counted where every app instance sees them (PostgreSQL); default: this process's memory. */
  sharedSignInCounters?: SharedSignInCounters;
  /** Where operator warnings go (default: console.warn). */
  log?: (line: string) => void;
  /**
   * How pages are fetched for import: name resolution (tests pass a fake), time, size and redirect
   * limits (defaults in src/ingest/fetch-page.ts). Allowed hosts come from the store's settings.
   */
  importFetch?: Omit<FetchOptions, "allowedHosts">;
}

/**
 * The options with their defaults filled in, as the routers get them, the workspace they write
 * through, and the catalogue of every claim that pages looking across articles read.
 */
export type AppDeps = Required<Omit<AppOptions, "publicUrl" | "organization" | "sharedSignInCounters">> &
  Pick<AppOptions, "publicUrl" | "organization" | "sharedSignInCounters"> & { workspace: Workspace; catalogue: ClaimCatalogue; checked: CheckedIndex };

/** Sign-in failure counters shared by app instances: the per-account slow-down and the per-address limit's store. */
export interface SharedSignInCounters {
  accounts(limits: SlowDownLimits): SignInThrottle;
  addresses(windowMs: number): RateLimitStore;
}

/** Failed sign-ins: 5 per account before slowing down, 20 per address before a 429, in 15 minutes. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowMinutes: 15 };

/** Fills in the defaults. */
export function appDeps(options: AppOptions): AppDeps {
  const deps = {
    // The extractor (and its lexicons) is loaded on the first import or re-extraction, not at start-up.
    extract: async (text: string, options: { language?: Language }) => (await import("../core/index.ts")).extractClaims(text, options),
    detectLanguage,
    now: () => new Date(),
    newId: () => randomUUID().slice(0, 8),
    sessionSecret: randomBytes(32).toString("hex"),
    sessionIdleMinutes: 60,
    trustProxy: false,
    production: false,
    signInLimits: SIGN_IN_LIMITS,
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    log: (line: string) => console.warn(line),
    passwordCost: DEFAULT_COST,
    importFetch: {},
    ...options,
  };
  const catalogue = createClaimCatalogue(deps.store);
  return { ...deps, workspace: createWorkspace(deps), catalogue, checked: createCheckedIndex(catalogue) };
}
