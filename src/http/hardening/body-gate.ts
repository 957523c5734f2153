import type { Request } from "express";
import { HttpError } from "../http-error.ts";
import { MAX_BODY_BYTES, formatBytes } from "./body-limits.ts";
import { unsupportedBody } from "./body-parsers.ts";

/**
 * The limits every request meets before routing, whatever its route does with a body: only the
 * two form types (415 otherwise) and a declared size of at most MAX_BODY_BYTES (413). Each route
 * that reads a body then applies its own, tighter parser (formBody, articleImportBody); routes
 * that read none never buffer one.
 */
export function bodyProblem(req: Request): HttpError | null {
  const unsupported = unsupportedBody(req, ["urlencoded", "multipart"]);
  if (unsupported) return unsupported;
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) return new HttpError(413, "error.formTooLarge", { max: formatBytes(MAX_BODY_BYTES) });
  return null;
}
