/** An article already stored that an import repeats. */
export interface Duplicate {
  id: string;
  title: string;
  /** What matched: the address (canonical or source) or the text. */
  reason: "url" | "text";
}

/** The stored fields compared. */
export interface Comparable {
  id: string;
  title: string;
  text: string;
  sourceUrl?: string;
  canonicalUrl?: string;
}

/**
 * The stored articles that an import repeats: the same address (its canonical URL or source URL
 * against either of theirs, compared without fragment, `www.`, scheme or trailing slash) or the
 * same text (compared with white space collapsed). Each article is listed once, by its first reason.
 */
export function findDuplicates(stored: readonly Comparable[], incoming: { text: string; sourceUrl?: string; canonicalUrl?: string }): Duplicate[] {
  const urls = new Set([incoming.canonicalUrl, incoming.sourceUrl].map(urlKey).filter((k): k is string => k !== undefined));
  const text = textKey(incoming.text);
  const found: Duplicate[] = [];
  for (const article of stored) {
    const theirs = [article.canonicalUrl, article.sourceUrl].map(urlKey);
    if (theirs.some((k) => k !== undefined && urls.has(k))) found.push({ id: article.id, title: article.title, reason: "url" });
    else if (text && textKey(article.text) === text) found.push({ id: article.id, title: article.title, reason: "text" });
  }
  return found;
}

/** An address as compared: host without `www.`, path without trailing slash, query kept. */
export function urlKey(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    const url = new URL(address);
    const host = url.hostname.toLowerCase().replace(/^www\./, "");
    const path = url.pathname.replace(/\/+$/, "");
    return `${host}${url.port ? `:${url.port}` : ""}${path}${url.search}`;
  } catch {
    return undefined;
  }
}

function textKey(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
