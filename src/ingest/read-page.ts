import { decodeBody } from "./decode-body.ts";
import { fail, type Outcome } from "./import-problem.ts";
import { readArticle, type PageArticle } from "./read-article.ts";

/** An article read from a page, with the encoding its bytes were in. */
export interface ReadPage extends PageArticle {
  charset: string;
}

/**
 * Decodes a saved or fetched page (decodeBody) and reads its article (readArticle). `pageUrl`,
 * when known, resolves relative canonical addresses.
 */
export function readPage(bytes: Uint8Array, contentType = "", pageUrl?: string): Outcome<ReadPage> {
  const decoded = decodeBody(bytes, contentType);
  if (!decoded.ok) return decoded;
  const article = readArticle(decoded.value.html, pageUrl);
  if (!article) return fail({ code: "noArticle" });
  return { ok: true, value: { ...article, charset: decoded.value.charset } };
}
