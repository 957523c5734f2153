import { createHash } from "node:crypto";
import type { Article } from "../../schemas/article.ts";
import { KeptBody } from "../kept-body.ts";

/** An article's claims as the API sends them: the JSON as UTF-8 bytes (and gzipped, when asked) and its entity tag. */
export interface ClaimsJson {
  body: KeptBody;
  /** The strong ETag of the plain JSON; the gzipped body's is `gzipEtag`. */
  etag: string;
  gzipEtag: string;
}

/**
 * Each stored article's claims as JSON, made once per version of the article. A store hands out
 * the same article object until a save replaces it (saves never change an article in place), so
 * the object itself marks the version; a store that reads afresh each time only misses the cache.
 */
const made = new WeakMap<Article, ClaimsJson>();

/** The claims of `article` as JSON with a strong ETag of their content, made once per version. */
export function claimsJson(article: Article): ClaimsJson {
  let json = made.get(article);
  if (!json) {
    const bytes = Buffer.from(JSON.stringify(article.claims));
    const tag = createHash("sha256").update(bytes).digest("base64url");
    json = { body: new KeptBody(bytes), etag: `"${tag}"`, gzipEtag: `"${tag}-gzip"` };
    made.set(article, json);
  }
  return json;
}
