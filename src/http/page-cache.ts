import type { Request, Response } from "express";
import type { Article } from "../schemas/article.ts";
import type { SignedIn } from "./auth/session-user.ts";
import { encodeFor, KeptBody } from "./kept-body.ts";

/**
 * Whole pages of an article (its page and its report), kept as bytes per version of the article,
 * for GET requests with the view cache on (production). A reviewer who reloads, or pages back to
 * an article nobody changed, gets the page again without a template run (and gzipped once, for
 * browsers, which all accept gzip). At most KEPT_BYTES are kept in all, the pages sent least
 * recently dropped first; a page over MAX_PAGE_BYTES is sent as it is and not kept.
 *
 * A kept page is reused only for a request that would render it byte for byte the same: the key
 * holds everything a page shows besides the article and the address (interface language, account
 * name and role, the CSRF token in its forms, the read-only banner, the list of people work can be
 * assigned to) plus `variant`, what the route adds (earlier checks of other articles). Saves never
 * change an article in place, so a changed article is a new object and finds no kept page.
 */
export function sendArticlePage(req: Request, res: Response, article: Article, variant: string, render: (done: (html: string) => void) => void): void {
  if (!req.app.enabled("view cache")) {
    render((html) => res.type("html").send(html));
    return;
  }
  const key = `${article.id}\n${pageKey(req, res, variant)}`;
  const pages = keptPagesOf(req.app);
  const send = (page: KeptBody) => res.type("html").send(encodeFor(req, res, page).bytes);
  const page = pages.get(key, article);
  if (page) send(page);
  else
    render((html) => {
      const made = Buffer.from(html);
      if (made.length > MAX_PAGE_BYTES) res.type("html").send(made);
      else send(pages.keep(key, article, new KeptBody(made)));
    });
}

/** At most this many bytes of pages are kept (their plain bytes), the least recently sent dropped first. */
const KEPT_BYTES = 32 * 1024 * 1024;
const MAX_PAGE_BYTES = 1024 * 1024;

/** Each app's kept pages (tests run many apps in one process). */
const keptPages = new WeakMap<object, ReturnType<typeof pageStore>>();

function keptPagesOf(app: object) {
  let pages = keptPages.get(app);
  if (!pages) keptPages.set(app, (pages = pageStore(KEPT_BYTES)));
  return pages;
}

/** Pages by key, each for one article version; a page made for an older version is not handed out. */
function pageStore(maxBytes: number) {
  const pages = new Map<string, { article: Article; page: KeptBody }>();
  let bytes = 0;
  const drop = (key: string) => {
    bytes -= pages.get(key)?.page.bytes.length ?? 0;
    pages.delete(key);
  };
  return {
    get(key: string, article: Article): KeptBody | null {
      const kept = pages.get(key);
      if (!kept || kept.article !== article) return null;
      pages.delete(key); // re-inserted last: the most recently sent
      pages.set(key, kept);
      return kept.page;
    },
    keep(key: string, article: Article, page: KeptBody): KeptBody {
      drop(key);
      pages.set(key, { article, page });
      bytes += page.bytes.length;
      for (const oldest of pages.keys()) {
        if (bytes <= maxBytes) break;
        drop(oldest);
      }
      return page;
    },
  };
}

function pageKey(req: Request, res: Response, variant: string): string {
  const locals = res.locals as { locale: string; user?: SignedIn | null; csrfToken?: string; storeReadOnly?: boolean; people?: readonly string[] };
  const user = locals.user;
  return [
    locals.locale,
    req.originalUrl,
    user ? `${user.role} ${user.username}` : "",
    user ? locals.csrfToken : "",
    locals.storeReadOnly ? "read-only" : "",
    locals.people ? identity(locals.people) : "",
    variant,
  ].join("\n");
}

/** A number for each object, the same while it lives: lists the store replaces (never changes) are told apart by it. */
function identity(value: object): number {
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = ++lastIdentity));
  return id;
}

const identities = new WeakMap<object, number>();
let lastIdentity = 0;

/** A GET (or HEAD) request: one that only reads, so its page may come from the kept ones. */
export function isRead(req: Request): boolean {
  return req.method === "GET" || req.method === "HEAD";
}

/** The variant of an article's page for the claims found checked before in other articles (their badges). */
export function checkedVariant(checkedBefore?: ReadonlySet<string>): string {
  if (!checkedBefore) return "";
  let variant = variants.get(checkedBefore);
  if (variant === undefined) variants.set(checkedBefore, (variant = [...checkedBefore].sort().join(",")));
  return variant;
}

const variants = new WeakMap<ReadonlySet<string>, string>();
