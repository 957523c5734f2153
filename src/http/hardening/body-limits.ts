import { LIMITS } from "../../schemas/limits.ts";

/**
 * The most a URL-encoded letter can take: a 3-byte UTF-8 letter is sent as three `%XX` escapes.
 * (Arabic letters take 6 bytes, Latin ones 1.)
 */
const ENCODED_BYTES_PER_LETTER = 9;

/** Letters in the largest valid small form, the review form with every field at its limit. */
const REVIEW_FORM_LETTERS = LIMITS.notes + LIMITS.evidenceItems * (LIMITS.url + LIMITS.evidenceTitle + LIMITS.evidenceExcerpt + 20);

/**
 * The largest uploaded file: a saved web page carries its markup, styles and scripts around an
 * article of far less text (the fetch limit is the same). A .txt file's text is held to
 * LIMITS.articleBytes by the import route.
 */
const SAVED_PAGE_BYTES = 5 * 1024 * 1024;

/**
 * Size limits of request bodies, by kind of form. Each is sized so the largest valid form fits
 * in any script, and nothing much bigger does; field values have their own limits (LIMITS) in
 * the form schemas.
 */
export const BODY_LIMITS = {
  /** Every small form (review, correction, decision, new claim, sign-in…): about 0.9 MB. */
  form: { bytes: REVIEW_FORM_LETTERS * ENCODED_BYTES_PER_LETTER + 64 * 1024, fields: 1000, depth: 3 },
  /**
   * The article import: 1 MB of text pasted (URL-encoded, hence up to 9 MB on the wire) or
   * uploaded as one multipart file (a saved web page may be up to 5 MB).
   */
  articleImport: { bytes: LIMITS.articleBytes * ENCODED_BYTES_PER_LETTER + 64 * 1024, fields: 20, fileBytes: SAVED_PAGE_BYTES },
} as const;

/**
 * No request may declare a larger body: it gets 413 before any route sees it. A round figure above
 * every route's own limit, so a body just over a route's limit gets that route's message.
 */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** "200 kB", "9.1 MB": a byte count for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
