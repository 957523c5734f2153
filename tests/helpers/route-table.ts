import type { Article } from "../../src/schemas/article.ts";
import type { Role } from "../../src/schemas/user.ts";
import { addAccount, TEST_PASSWORD } from "./session-client.ts";
import { AR_TEXT, EN_TEXT, arabicArticle, englishArticle, recordAt, workspace } from "./workspace.ts";

/** One route of the app with a request that succeeds for the weakest role allowed to make it. */
export interface RouteRow {
  method: "get" | "post";
  url: string;
  /** The weakest role allowed; null for routes open to everyone (sign-in, setup, language, assets). */
  role: Role | null;
  /** What it answers then. */
  ok: number;
  /** The form to post (without `_csrf`). */
  form?: Record<string, string>;
  /** What an anonymous visitor gets, when not a redirect to /login (303). */
  anonymous?: number;
}

/**
 * Every route of the app, against the store of `routeTableArticles()` with an account "target"
 * (reviewer, password TEST_PASSWORD). Weaker roles than `role` get a 403 page naming the role;
 * anonymous visitors are sent to /login (the JSON API answers 401).
 */
export const ROUTE_TABLE: RouteRow[] = [
  { method: "get", url: "/", role: "reviewer", ok: 303 },
  { method: "get", url: "/articles", role: "reviewer", ok: 200 },
  { method: "get", url: "/articles/new", role: "editor", ok: 200 },
  { method: "post", url: "/articles", role: "editor", ok: 303, form: { title: "New", text: "The mayor said so." } },
  { method: "get", url: "/articles/ar1", role: "reviewer", ok: 200 },
  { method: "post", url: "/articles/ar1/reextract", role: "editor", ok: 303 },
  { method: "post", url: "/articles/ar1/claims", role: "reviewer", ok: 303, form: { text: "عنوان الخبر", speaker: "المحرر", kind: "indirect" } },
  { method: "get", url: "/articles/ar1/claims/c1", role: "reviewer", ok: 200 },
  { method: "post", url: "/articles/ar1/claims/c1/review", role: "reviewer", ok: 303, form: { version: "1", verdict: "satire", action: "save" } },
  {
    method: "post",
    url: "/articles/ar1/claims/c1/correction",
    role: "reviewer",
    ok: 303,
    form: { version: "1", speaker: "بلينكن", kind: "direct", text: "النفوذ الروسي" },
  },
  { method: "post", url: "/articles/ar1/claims/c1/dismiss", role: "reviewer", ok: 303, form: { version: "1" } },
  { method: "post", url: "/articles/ar1/claims/c2/restore", role: "reviewer", ok: 303, form: { version: "1" } },
  { method: "post", url: "/articles/ar1/claims/c1/decision", role: "editor", ok: 303, form: { version: "1", decision: "approve", comment: "" } },
  { method: "get", url: "/articles/ar1/report", role: "reviewer", ok: 200 },
  { method: "get", url: "/articles/ar1/report?view=working", role: "reviewer", ok: 200 },
  { method: "get", url: "/queue", role: "reviewer", ok: 200 },
  { method: "post", url: "/queue/decision/ar1/c1", role: "editor", ok: 303, form: { version: "1", decision: "approve", comment: "" } },
  { method: "get", url: "/articles/ar1/claims/c1?queue=mine", role: "reviewer", ok: 200 },
  { method: "post", url: "/articles/ar1/assignee", role: "editor", ok: 303, form: { assignee: "target" } },
  { method: "post", url: "/articles/ar1/claims/c1/assignee", role: "editor", ok: 303, form: { assignee: "target" } },
  { method: "post", url: "/articles/ar1/claims/c1/comments", role: "reviewer", ok: 303, form: { text: "Which source?" } },
  { method: "post", url: "/articles/ar1/claims/c1/copy-evidence", role: "reviewer", ok: 303, form: { version: "1", fromArticle: "en1", fromClaim: "e1" } },
  { method: "get", url: "/articles/ar1/report.csv", role: "editor", ok: 200 },
  { method: "get", url: "/articles/ar1/claimreview.jsonld", role: "editor", ok: 200 },
  { method: "get", url: "/articles/ar1/chart.svg", role: "reviewer", ok: 200 },
  { method: "get", url: "/articles/ar1/verdict-bar.svg", role: "reviewer", ok: 200 },
  { method: "get", url: "/search?q=%D8%A7%D9%84%D9%86%D9%81%D9%88%D8%B0&verdict=false", role: "reviewer", ok: 200 },
  { method: "get", url: "/api/search?q=bridge", role: "reviewer", ok: 200, anonymous: 401 },
  { method: "get", url: "/speakers", role: "reviewer", ok: 200 },
  { method: "get", url: "/speakers/the%20mayor", role: "reviewer", ok: 200 },
  { method: "post", url: "/speakers/the%20mayor/merge", role: "editor", ok: 303, form: { spelling: "أنتوني بلينكن" } },
  { method: "get", url: "/api/articles", role: "reviewer", ok: 200, anonymous: 401 },
  { method: "get", url: "/api/articles/ar1/claims", role: "reviewer", ok: 200, anonymous: 401 },
  { method: "get", url: "/accounts", role: "admin", ok: 200 },
  { method: "post", url: "/accounts", role: "admin", ok: 303, form: { username: "newcomer", role: "reviewer", password: "a long new password" } },
  { method: "post", url: "/accounts/target/role", role: "admin", ok: 303, form: { role: "editor" } },
  { method: "post", url: "/accounts/target/password", role: "admin", ok: 303, form: { password: "another long password" } },
  { method: "post", url: "/accounts/target/deactivate", role: "admin", ok: 303 },
  { method: "post", url: "/accounts/target/reactivate", role: "admin", ok: 303 },
  { method: "get", url: "/account", role: "reviewer", ok: 200 },
  {
    method: "post",
    url: "/account/password",
    role: "reviewer",
    ok: 303,
    form: { currentPassword: TEST_PASSWORD, password: "a long new password", passwordAgain: "a long new password" },
  },
  { method: "post", url: "/account/sign-out-everywhere", role: "reviewer", ok: 303 },
  { method: "get", url: "/settings", role: "admin", ok: 200 },
  { method: "post", url: "/settings", role: "admin", ok: 303, form: { organizationName: "Desk", defaultLanguage: "en" } },
  { method: "post", url: "/logout", role: "reviewer", ok: 303, anonymous: 303 },
  { method: "get", url: "/login", role: null, ok: 303, anonymous: 200 },
  { method: "post", url: "/login", role: null, ok: 303, anonymous: 303, form: { username: "target", password: TEST_PASSWORD } },
  { method: "get", url: "/setup", role: null, ok: 404, anonymous: 404 },
  { method: "post", url: "/setup", role: null, ok: 404, anonymous: 404, form: { username: "late", password: "a long new password" } },
  { method: "get", url: "/lang/ar?next=/articles", role: null, ok: 303, anonymous: 303 },
  { method: "get", url: "/fact-checks/en1", role: null, ok: 200, anonymous: 200 },
  { method: "get", url: "/assets/css/app.css", role: null, ok: 200, anonymous: 200 },
  { method: "get", url: "/assets/css/desk.css", role: null, ok: 200, anonymous: 200 },
  { method: "get", url: "/assets/css/checked.css", role: null, ok: 200, anonymous: 200 },
  { method: "get", url: "/assets/verdicts.css", role: null, ok: 200, anonymous: 200 },
  { method: "get", url: "/assets/js/evidence-rows.js", role: null, ok: 200, anonymous: 200 },
  { method: "get", url: "/assets/js/copy-evidence.js", role: null, ok: 200, anonymous: 200 },
];

/** The POST routes of the table: every state-changing request. */
export const STATE_CHANGING = ROUTE_TABLE.filter((r) => r.method === "post");

/**
 * The articles the table's requests are written for: c1 submitted (an editor can decide it), c2
 * dismissed (it can be restored), e1 approved (en1 has a public page).
 */
export const routeTableArticles = (): Article[] => [
  arabicArticle({
    claims: [
      recordAt(AR_TEXT, "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي", { id: "c1", status: "submitted", verdict: "false" }),
      recordAt(AR_TEXT, "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي", { id: "c2", dismissed: true }),
    ],
  }),
  englishArticle({ claims: [recordAt(EN_TEXT, "the bridge would reopen in May", { id: "e1", speaker: "The mayor", status: "approved", verdict: "false" })] }),
];

/** An app over the table's store, with the account "target" (a reviewer) the table's requests name. */
export async function routeTableWorkspace(options: Parameters<typeof workspace>[1] = {}) {
  const ws = await workspace(routeTableArticles(), options);
  await addAccount(ws.store, "target", "reviewer");
  return ws;
}
