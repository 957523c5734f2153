import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { articleParagraphs } from "./article-paragraphs.ts";
import { calendarDate, readPageMetadata } from "./page-metadata.ts";

/** An article as read from a page, for the editor to review before it is saved. */
export interface PageArticle {
  title: string;
  /** The body, paragraphs separated by a blank line. */
  text: string;
  paragraphs: string[];
  byline?: string;
  siteName?: string;
  /** YYYY-MM-DD. */
  publishedAt?: string;
  canonicalUrl?: string;
  /** The page's language tag as written (`ar`, `en-GB`). */
  lang?: string;
}

/** Fewer characters than this in the body and the page has no article to speak of. */
export const MIN_ARTICLE_CHARS = 200;

/**
 * Reads the article in a page the way Firefox's reader view does (Mozilla Readability over a
 * linkedom document, no scripts run): the body without navigation, ads, related links, comments
 * or banners, and the page's metadata (readPageMetadata; Readability's own guesses fill gaps).
 * `pageUrl` resolves relative addresses. Null when there is no readable article.
 */
export function readArticle(html: string, pageUrl?: string): PageArticle | null {
  const document = parseDocument(html);
  const metadata = readPageMetadata(document, pageUrl);
  const parsed = parseReadable(document);
  if (!parsed?.content) return null;
  const paragraphs = articleParagraphs(parsed.content);
  const text = paragraphs.join("\n\n");
  if (text.length < MIN_ARTICLE_CHARS) return null;
  const title = metadata.title ?? clean(parsed.title) ?? paragraphs[0]!.slice(0, 300);
  return dropEmpty({
    title,
    text,
    paragraphs,
    byline: metadata.byline ?? clean(parsed.byline),
    siteName: metadata.siteName ?? clean(parsed.siteName),
    publishedAt: calendarDate(metadata.published ?? clean(parsed.publishedTime)),
    canonicalUrl: metadata.canonicalUrl,
    lang: metadata.lang ?? clean(parsed.lang),
  });
}

/**
 * A DOM for `html`. linkedom does not imply the <html> and <body> a browser adds, so a page
 * written without them (a pasted fragment, a minimal page) can come out with an empty body; it
 * is then parsed again wrapped in them.
 */
function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.body?.textContent?.trim()) return document as unknown as Document;
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

function parseReadable(document: Document) {
  try {
    return new Readability(document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  } catch {
    return null;
  }
}

function clean(text: string | null | undefined): string | undefined {
  const collapsed = text?.replace(/\s+/g, " ").trim();
  return collapsed ? collapsed : undefined;
}

function dropEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
