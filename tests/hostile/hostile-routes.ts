import type { Express } from "express";
import { BODY_LIMITS } from "../../src/http/hardening/body-limits.ts";
import type { Article } from "../../src/schemas/article.ts";
import { LIMITS } from "../../src/schemas/limits.ts";
import type { Store } from "../../src/store/store.ts";
import { addAccount, TEST_PASSWORD } from "../helpers/session-client.ts";
import { AR_TEXT, EN_TEXT, arabicArticle, englishArticle, recordAt, workspace } from "../helpers/workspace.ts";
import { hostileClient, type HostileClient, type Sender } from "./hostile-client.ts";

/** What a field takes, so the corpus knows how to get it wrong. */
export type FieldKind = "text" | "choice" | "number" | "url" | "date";

/** One field of a form or query string: a valid value, its kind, and its length limit if any. */
export interface Field {
  name: string;
  valid: string;
  kind: FieldKind;
  /** Longest valid value, in characters (in UTF-8 bytes for the article text). */
  max?: number;
  /** Any text within the limit is valid here (a password), markup and bidi controls included. */
  free?: boolean;
}

/** A route with real ids from the test store, its fields and the valid request the corpus starts from. */
export interface HostileRoute {
  method: "get" | "post";
  /** The route's pattern, for test names. */
  route: string;
  /** The path with real ids; `ids` are the segments the corpus may replace. */
  path: string;
  ids: readonly string[];
  /** A form's fields (POST) or the query parameters a page validates (GET). */
  fields: readonly Field[];
  /** The body parser's byte limit (POST). */
  bodyBytes?: number;
  /** Whether the route also takes multipart (the import). */
  multipart?: boolean;
  /** The status of the valid request, checked first on a fresh store. */
  validStatus: number;
  /** An empty body is a valid request here (a button without fields). */
  emptyIsValid?: boolean;
  /** Who sends (default: a signed-in admin). */
  sender?: Sender;
  /** The store holds no accounts yet (the setup pages). */
  noAccounts?: boolean;
  /** A status the route itself answers a refused request with, which the suite otherwise takes for the sign-in gate's (POST /login: 401). */
  ownRefusal?: number;
}

/**
 * The articles the suite attacks: the two test articles, with claim c2 dismissed (so it can be
 * restored) and e1 submitted with a verdict and a source (so an editor can decide on it).
 */
export function hostileArticles(): Article[] {
  const en = englishArticle({
    claims: [
      recordAt(EN_TEXT, "the bridge would reopen in May", {
        id: "e1",
        speaker: "The mayor",
        status: "submitted",
        verdict: "false",
        evidence: [{ url: "https://example.org/s", title: "Source", excerpt: "", stance: "refutes" }],
        reviewer: "salma",
      }),
    ],
  });
  const ar = arabicArticle();
  ar.claims = [ar.claims[0]!, recordAt(AR_TEXT, "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي", { id: "c2", kind: "direct", dismissed: true })];
  return [ar, en];
}

/**
 * A workspace for `route`: the hostile articles, an admin and a reviewer "rita" (none for the setup
 * pages), sign-in limits high enough that the corpus is never rate-limited, and the client `route`
 * is sent from.
 */
export async function hostileWorkspace(route: Pick<HostileRoute, "sender" | "noAccounts">): Promise<{ app: Express; store: Store; client: HostileClient }> {
  const { app, store } = await workspace(hostileArticles(), { signInLimits: { perAccount: 100_000, perAddress: 100_000, windowMinutes: 15 } });
  if (!route.noAccounts) {
    await addAccount(store, "admin", "admin");
    await addAccount(store, "rita", "reviewer");
  }
  return { app, store, client: await hostileClient(app, route.sender) };
}

const version: Field = { name: "version", valid: "1", kind: "number" };
const password: Field = { name: "password", valid: "a long new password", kind: "text", max: 200, free: true };
const passwordAgain: Field = { ...password, name: "passwordAgain" };
const FORM_BYTES = BODY_LIMITS.form.bytes;
const ACCOUNT_FORM_BYTES = 10 * 1024;
const visitorAt = (page: "/login" | "/setup"): Sender => ({ as: "visitor", page });

/** Every route of the app (pages, exports, API, assets, every form post, sign-in and accounts), with real ids. */
export const HOSTILE_ROUTES: readonly HostileRoute[] = [
  { method: "get", route: "GET /", path: "/", ids: [], fields: [], validStatus: 303 },
  { method: "get", route: "GET /articles", path: "/articles", ids: [], fields: [], validStatus: 200 },
  { method: "get", route: "GET /articles/new", path: "/articles/new", ids: [], fields: [], validStatus: 200 },
  {
    method: "get",
    route: "GET /articles/:articleId",
    path: "/articles/ar1",
    ids: ["ar1"],
    fields: [
      { name: "verdict", valid: "none", kind: "choice" },
      { name: "status", valid: "unreviewed", kind: "choice" },
      { name: "speaker", valid: "أنتوني بلينكن", kind: "text", max: LIMITS.speaker },
      { name: "added", valid: "1", kind: "number" },
    ],
    validStatus: 200,
  },
  { method: "get", route: "GET /articles/:articleId/claims/:claimId", path: "/articles/ar1/claims/c1", ids: ["ar1", "c1"], fields: [], validStatus: 200 },
  { method: "get", route: "GET /articles/:articleId/report", path: "/articles/ar1/report", ids: ["ar1"], fields: [], validStatus: 200 },
  { method: "get", route: "GET /articles/:articleId/report.csv", path: "/articles/ar1/report.csv", ids: ["ar1"], fields: [], validStatus: 200 },
  { method: "get", route: "GET /articles/:articleId/claimreview.jsonld", path: "/articles/en1/claimreview.jsonld", ids: ["en1"], fields: [], validStatus: 200 },
  { method: "get", route: "GET /articles/:articleId/chart.svg", path: "/articles/ar1/chart.svg", ids: ["ar1"], fields: [], validStatus: 200 },
  { method: "get", route: "GET /articles/:articleId/verdict-bar.svg", path: "/articles/ar1/verdict-bar.svg", ids: ["ar1"], fields: [], validStatus: 200 },
  { method: "get", route: "GET /api/articles", path: "/api/articles", ids: [], fields: [], validStatus: 200 },
  { method: "get", route: "GET /api/articles/:articleId/claims", path: "/api/articles/ar1/claims", ids: ["ar1"], fields: [], validStatus: 200 },
  { method: "get", route: "GET /lang/:locale", path: "/lang/ar", ids: ["ar"], fields: [], validStatus: 303 },
  { method: "get", route: "GET /assets/* (static files)", path: "/assets/css/app.css", ids: [], fields: [], validStatus: 200 },
  { method: "get", route: "GET /assets/verdicts.css", path: "/assets/verdicts.css", ids: [], fields: [], validStatus: 200 },
  { method: "get", route: "GET /login", path: "/login", ids: [], fields: [], validStatus: 200, sender: visitorAt("/login") },
  { method: "get", route: "GET /setup", path: "/setup", ids: [], fields: [], validStatus: 200, sender: visitorAt("/setup"), noAccounts: true },
  { method: "get", route: "GET /accounts", path: "/accounts", ids: [], fields: [], validStatus: 200 },
  {
    method: "post",
    route: "POST /articles",
    path: "/articles",
    ids: [],
    fields: [
      { name: "title", valid: "A new article", kind: "text", max: LIMITS.title },
      { name: "sourceUrl", valid: "https://news.example.org/a", kind: "url", max: LIMITS.url },
      { name: "publisher", valid: "Example News", kind: "text", max: LIMITS.publisher },
      { name: "publishedAt", valid: "2026-01-10", kind: "date" },
      { name: "language", valid: "en", kind: "choice" },
      { name: "text", valid: "The minister said the road would open.", kind: "text", max: LIMITS.articleBytes },
    ],
    bodyBytes: BODY_LIMITS.articleImport.bytes,
    multipart: true,
    validStatus: 303,
  },
  {
    method: "post",
    route: "POST /articles/:articleId/reextract",
    path: "/articles/ar1/reextract",
    ids: ["ar1"],
    fields: [],
    bodyBytes: FORM_BYTES,
    validStatus: 303,
    emptyIsValid: true,
  },
  {
    method: "post",
    route: "POST /articles/:articleId/claims",
    path: "/articles/ar1/claims",
    ids: ["ar1"],
    fields: [
      { name: "text", valid: "وقال وزير الخارجية", kind: "text", max: LIMITS.claimText },
      { name: "speaker", valid: "أنتوني بلينكن", kind: "text", max: LIMITS.speaker },
      { name: "kind", valid: "indirect", kind: "choice" },
      { name: "occurrence", valid: "1", kind: "number" },
    ],
    bodyBytes: FORM_BYTES,
    validStatus: 303,
  },
  {
    method: "post",
    route: "POST /articles/:articleId/claims/:claimId/review",
    path: "/articles/ar1/claims/c1/review",
    ids: ["ar1", "c1"],
    fields: [
      version,
      { name: "verdict", valid: "false", kind: "choice" },
      { name: "evidence[0][url]", valid: "https://example.org/statement", kind: "url", max: LIMITS.url },
      { name: "evidence[0][title]", valid: "Ministry statement", kind: "text", max: LIMITS.evidenceTitle },
      { name: "evidence[0][excerpt]", valid: "", kind: "text", max: LIMITS.evidenceExcerpt },
      { name: "evidence[0][stance]", valid: "refutes", kind: "choice" },
      { name: "notes", valid: "Checked with two sources", kind: "text", max: LIMITS.notes },
      { name: "action", valid: "save", kind: "choice" },
    ],
    bodyBytes: FORM_BYTES,
    validStatus: 303,
  },
  {
    method: "post",
    route: "POST /articles/:articleId/claims/:claimId/correction",
    path: "/articles/ar1/claims/c1/correction",
    ids: ["ar1", "c1"],
    fields: [
      version,
      { name: "speaker", valid: "وزير الخارجية", kind: "text", max: LIMITS.speaker },
      { name: "kind", valid: "direct", kind: "choice" },
      { name: "text", valid: "كازاخستان ستواجه صعوبة بالغة", kind: "text", max: LIMITS.claimText },
    ],
    bodyBytes: FORM_BYTES,
    validStatus: 303,
  },
  {
    method: "post",
    route: "POST /articles/:articleId/claims/:claimId/dismiss",
    path: "/articles/ar1/claims/c1/dismiss",
    ids: ["ar1", "c1"],
    fields: [version],
    bodyBytes: FORM_BYTES,
    validStatus: 303,
  },
  {
    method: "post",
    route: "POST /articles/:articleId/claims/:claimId/restore",
    path: "/articles/ar1/claims/c2/restore",
    ids: ["ar1", "c2"],
    fields: [version],
    bodyBytes: FORM_BYTES,
    validStatus: 303,
  },
  {
    method: "post",
    route: "POST /articles/:articleId/claims/:claimId/decision",
    path: "/articles/en1/claims/e1/decision",
    ids: ["en1", "e1"],
    fields: [
      version,
      { name: "decision", valid: "return", kind: "choice" },
      { name: "comment", valid: "Needs a second source", kind: "text", max: LIMITS.comment },
    ],
    bodyBytes: FORM_BYTES,
    validStatus: 303,
  },
  {
    method: "post",
    route: "POST /login",
    path: "/login",
    ids: [],
    // `next` is left out: anything but a local path is ignored there by design, not refused.
    fields: [
      { name: "username", valid: "admin", kind: "text", max: 64 },
      { name: "password", valid: TEST_PASSWORD, kind: "text", max: 200, free: true },
    ],
    bodyBytes: ACCOUNT_FORM_BYTES,
    validStatus: 303,
    sender: visitorAt("/login"),
    ownRefusal: 401,
  },
  { method: "post", route: "POST /logout", path: "/logout", ids: [], fields: [], bodyBytes: ACCOUNT_FORM_BYTES, validStatus: 303, emptyIsValid: true },
  {
    method: "post",
    route: "POST /setup",
    path: "/setup",
    ids: [],
    fields: [{ name: "username", valid: "chief", kind: "text", max: 64 }, password, passwordAgain],
    bodyBytes: ACCOUNT_FORM_BYTES,
    validStatus: 303,
    sender: visitorAt("/setup"),
    noAccounts: true,
  },
  {
    method: "post",
    route: "POST /accounts",
    path: "/accounts",
    ids: [],
    fields: [{ name: "username", valid: "newcomer", kind: "text", max: 64 }, { name: "role", valid: "reviewer", kind: "choice" }, password],
    bodyBytes: ACCOUNT_FORM_BYTES,
    validStatus: 303,
  },
  {
    method: "post",
    route: "POST /accounts/:username/role",
    path: "/accounts/rita/role",
    ids: ["rita"],
    fields: [{ name: "role", valid: "editor", kind: "choice" }],
    bodyBytes: ACCOUNT_FORM_BYTES,
    validStatus: 303,
  },
  {
    method: "post",
    route: "POST /accounts/:username/password",
    path: "/accounts/rita/password",
    ids: ["rita"],
    fields: [password],
    bodyBytes: ACCOUNT_FORM_BYTES,
    validStatus: 303,
  },
  {
    method: "post",
    route: "POST /accounts/:username/deactivate",
    path: "/accounts/rita/deactivate",
    ids: ["rita"],
    fields: [],
    bodyBytes: ACCOUNT_FORM_BYTES,
    validStatus: 303,
    emptyIsValid: true,
  },
  {
    method: "post",
    route: "POST /accounts/:username/reactivate",
    path: "/accounts/rita/reactivate",
    ids: ["rita"],
    fields: [],
    bodyBytes: ACCOUNT_FORM_BYTES,
    validStatus: 303,
    emptyIsValid: true,
  },
  { method: "get", route: "GET /account", path: "/account", ids: [], fields: [], validStatus: 200 },
  {
    method: "post",
    route: "POST /account/password",
    path: "/account/password",
    ids: [],
    fields: [{ ...password, name: "currentPassword", valid: TEST_PASSWORD }, password, passwordAgain],
    bodyBytes: ACCOUNT_FORM_BYTES,
    validStatus: 303,
  },
  {
    method: "post",
    route: "POST /account/sign-out-everywhere",
    path: "/account/sign-out-everywhere",
    ids: [],
    fields: [],
    bodyBytes: ACCOUNT_FORM_BYTES,
    validStatus: 303,
    emptyIsValid: true,
  },
];
