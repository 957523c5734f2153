/** What a page says about itself in its head: every field optional. */
export interface PageMetadata {
  /** The headline as the page states it (JSON-LD, Open Graph); `<title>` is left to Readability, which trims the site's name from it. */
  title?: string;
  siteName?: string;
  byline?: string;
  /** As written by the page (ISO 8601 mostly); see calendarDate. */
  published?: string;
  canonicalUrl?: string;
  /** The page's language tag (`ar`, `en-GB`). */
  lang?: string;
}

const ARTICLE_TYPES = /^(News|Reportage|Analysis|Opinion|Review|Background)?(News)?Article$|^BlogPosting$|^Report$/;

/**
 * Reads a page's own metadata from a DOM document: schema.org (News)Article JSON-LD first, then
 * Open Graph and `article:*` meta tags, microdata (`itemprop="datePublished"`), `<meta name=author>`,
 * `<link rel=canonical>` and `<html lang>`. Relative canonical addresses are resolved against
 * `pageUrl`. Malformed JSON-LD is skipped.
 */
export function readPageMetadata(document: Document, pageUrl?: string): PageMetadata {
  const ld = jsonLdArticle(document);
  const meta = (selector: string) => clean(document.querySelector(selector)?.getAttribute("content"));
  const canonical =
    document.querySelector('link[rel~="canonical" i]')?.getAttribute("href") ??
    meta('meta[property="og:url"]') ??
    stringOf(ld?.url) ??
    stringOf(ld?.mainEntityOfPage);
  return dropEmpty({
    title: stringOf(ld?.headline) ?? meta('meta[property="og:title"]'),
    siteName: meta('meta[property="og:site_name"]') ?? nameOf(ld?.publisher),
    byline: nameOf(ld?.author) ?? meta('meta[name="author" i]') ?? meta('meta[property="article:author"]'),
    published:
      stringOf(ld?.datePublished) ??
      meta('meta[property="article:published_time"]') ??
      meta('meta[itemprop="datePublished"]') ??
      meta('meta[name="pubdate" i]') ??
      meta('meta[name="date" i]') ??
      clean(document.querySelector("time[datetime][itemprop=datePublished], time[pubdate][datetime]")?.getAttribute("datetime")),
    canonicalUrl: absoluteUrl(canonical, pageUrl),
    lang: clean(document.documentElement?.getAttribute("lang")) ?? localeTag(meta('meta[property="og:locale"]')),
  });
}

type LdNode = Record<string, unknown>;

function jsonLdArticle(document: Document): LdNode | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const found = ldNodes(data).find((node) => typesOf(node).some((t) => ARTICLE_TYPES.test(t)));
    if (found) return found;
  }
  return undefined;
}

function ldNodes(data: unknown): LdNode[] {
  if (Array.isArray(data)) return data.flatMap(ldNodes);
  if (!data || typeof data !== "object") return [];
  const node = data as LdNode;
  return [node, ...(Array.isArray(node["@graph"]) ? node["@graph"].flatMap(ldNodes) : [])];
}

function typesOf(node: LdNode): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === "string") return clean(value);
  if (value && typeof value === "object" && !Array.isArray(value)) return stringOf((value as LdNode)["@id"] ?? (value as LdNode).url);
  return undefined;
}

/** A person or organisation's name, or several joined with commas. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return clean(value);
  if (Array.isArray(value)) return clean(value.map(nameOf).filter(Boolean).join(", "));
  if (value && typeof value === "object") return stringOf((value as LdNode).name);
  return undefined;
}

function clean(text: string | null | undefined): string | undefined {
  const collapsed = text?.replace(/\s+/g, " ").trim();
  return collapsed ? collapsed : undefined;
}

function absoluteUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** og:locale writes `ar_AR`; a language tag is `ar-AR`. */
function localeTag(locale: string | undefined): string | undefined {
  return locale?.replace(/_/g, "-");
}

function dropEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The calendar date (YYYY-MM-DD) of a published time: the date as the page wrote it when the time
 * starts with one (`2015-07-24T05:36:09+01:00` is the 24th where it was published), otherwise the
 * UTC date of whatever Date can parse; undefined for nonsense.
 */
export function calendarDate(published: string | undefined): string | undefined {
  if (!published) return undefined;
  const written = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (written) return validDate(`${written[1]}-${written[2]}-${written[3]}`);
  const time = Date.parse(published);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

function validDate(date: string): string | undefined {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}
