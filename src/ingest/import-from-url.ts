import { fetchPage, type FetchOptions } from "./fetch-page.ts";
import type { Outcome } from "./import-problem.ts";
import { readPage, type ReadPage } from "./read-page.ts";

/** A page fetched for import: its article, where it came from and when. */
export interface FetchedArticle extends ReadPage {
  /** The address the editor gave. */
  sourceUrl: string;
  /** Where the page was found after redirects. */
  finalUrl: string;
  /** ISO 8601. */
  retrievedAt: string;
}

/**
 * Fetches `url` (fetchPage: guarded, limited) and reads its article (readPage), or says why not.
 * `now` stamps the retrieval.
 */
export async function importFromUrl(url: string, options: FetchOptions & { now: () => Date }): Promise<Outcome<FetchedArticle>> {
  const fetched = await fetchPage(url, options);
  if (!fetched.ok) return fetched;
  const read = readPage(fetched.value.bytes, fetched.value.contentType, fetched.value.url);
  if (!read.ok) return read;
  return { ok: true, value: { ...read.value, sourceUrl: url, finalUrl: fetched.value.url, retrievedAt: options.now().toISOString() } };
}
