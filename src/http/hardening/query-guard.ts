import type { RequestHandler } from "express";
import { HttpError } from "../http-error.ts";
import { decodeFormPairs, unacceptablePairs } from "./form-pairs.ts";

/**
 * Refuses a query string that is not strict UTF-8 URL-encoding, or that has a `__proto__`,
 * `constructor` or `prototype` name or a null character: 400, before any route reads `req.query`.
 */
export const queryGuard: RequestHandler = (req, _res, next) => {
  const at = req.url.indexOf("?");
  if (at < 0) return next();
  const pairs = decodeFormPairs(req.url.slice(at + 1));
  if (!pairs) return next(new HttpError(400, "error.queryEncoding"));
  next(unacceptablePairs(pairs) ?? undefined);
};
