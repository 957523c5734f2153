import { HttpError } from "../http-error.ts";
import { decodeFormPairs, unacceptablePairs } from "./form-pairs.ts";

/**
 * Refuses a query string that is not strict UTF-8 URL-encoding, or that has a `__proto__`,
 * `constructor` or `prototype` name or a null character (a 400 to answer, before any route reads
 * `req.query`); null when the query is fine or there is none.
 */
export function queryProblem(url: string): HttpError | null {
  const at = url.indexOf("?");
  if (at < 0) return null;
  const pairs = decodeFormPairs(url.slice(at + 1));
  if (!pairs) return new HttpError(400, "error.queryEncoding");
  return unacceptablePairs(pairs);
}
