import express, { type Request, type RequestHandler } from "express";
import { HttpError } from "../http-error.ts";
import { BODY_LIMITS, formatBytes } from "./body-limits.ts";
import { bodyError, type TooLarge } from "./body-errors.ts";
import { decodeFormPairs, strictUtf8, unacceptablePairs, unacceptableValue } from "./form-pairs.ts";
import { singleFileParser } from "./multipart-parser.ts";

/** The body types forms here are sent as. */
export type BodyType = "urlencoded" | "multipart";

const MEDIA_TYPES: Record<BodyType, string> = {
  urlencoded: "application/x-www-form-urlencoded",
  multipart: "multipart/form-data",
};

/** Whether the request carries a body at all (an empty one counts as none). */
export function hasBody(req: Request): boolean {
  if (req.headers["content-length"] === "0") return false;
  return req.headers["transfer-encoding"] !== undefined || req.headers["content-length"] !== undefined;
}

/**
 * The 415 to answer when the request's body is not one of `types`, or not UTF-8; null when it is
 * fine (or there is no body).
 */
export function unsupportedBody(req: Request, types: readonly BodyType[]): HttpError | null {
  if (!hasBody(req)) return null;
  const accepted = types.map((t) => MEDIA_TYPES[t]);
  if (!req.is(accepted)) return new HttpError(415, "error.unsupportedBody", { types: accepted.join(", ") });
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers["content-type"] ?? "")?.[1]?.toLowerCase();
  if (charset && charset !== "utf-8" && charset !== "utf8") return new HttpError(415, "error.formCharset");
  return null;
}

/** body-parser's `verify` hook: the raw form must be strict UTF-8 URL-encoding with acceptable names and values. */
function verifyForm(_req: unknown, _res: unknown, raw: Buffer): void {
  const text = strictUtf8(raw);
  const pairs = text === null ? null : decodeFormPairs(text);
  if (!pairs) throw new HttpError(400, "error.formEncoding");
  const problem = unacceptablePairs(pairs);
  if (problem) throw problem;
}

function urlencodedParser(limits: { bytes: number; fields: number; depth: number }, tooLarge: TooLarge): RequestHandler {
  // `depth` (how deep `a[b][c]` nests; deeper is a 400) is a body-parser 2 option its types lack.
  const options = { extended: true, limit: limits.bytes, parameterLimit: limits.fields, depth: limits.depth, inflate: false, verify: verifyForm };
  const parse = express.urlencoded(options);
  return (req, res, next) => parse(req, res, (err?: unknown) => next(err ? bodyError(err, tooLarge) : undefined));
}

/** Options for a small form's parser; the defaults suit every form but the article import. */
export interface FormBodyOptions {
  bytes?: number;
  fields?: number;
}

/**
 * The body parser for a small URL-encoded form (what browsers send for a `<form method="post">`):
 * only that type (415 otherwise), UTF-8 only, at most `bytes` (413) and `fields` fields (413);
 * malformed escapes, invalid UTF-8, null characters and `__proto__`/`constructor`/`prototype`
 * names are refused with 400. A request without a body passes with `req.body` undefined.
 */
export function formBody(options: FormBodyOptions = {}): RequestHandler {
  const limits = { ...BODY_LIMITS.form, ...options };
  const parse = urlencodedParser(limits, { key: "error.formTooLarge", params: { max: formatBytes(limits.bytes) } });
  return (req, res, next) => {
    const unsupported = unsupportedBody(req, ["urlencoded"]);
    if (unsupported) return next(unsupported);
    parse(req, res, next);
  };
}

/**
 * The body parser for the article import form: URL-encoded (pasted text) or multipart with at
 * most one file, in the field `file` (`req.file`). Limits as BODY_LIMITS.articleImport; too large
 * gets the 413 that names the article limit. Multipart field values are decoded by busboy, which
 * turns invalid UTF-8 into U+FFFD rather than refusing it (an uploaded file is checked by the route).
 */
export function articleImportBody(): RequestHandler {
  const limits = BODY_LIMITS.articleImport;
  const tooLarge: TooLarge = { key: "error.413" };
  const multipart = singleFileParser("file", {
    fileSize: limits.fileBytes,
    fieldSize: limits.fileBytes,
    files: 1,
    fields: limits.fields,
    parts: limits.fields + 1,
    fieldNameSize: 100,
  });
  const urlencoded = urlencodedParser({ bytes: limits.bytes, fields: limits.fields, depth: 0 }, tooLarge);
  return (req, res, next) => {
    const unsupported = unsupportedBody(req, ["urlencoded", "multipart"]);
    if (unsupported) return next(unsupported);
    if (!req.is("multipart")) return urlencoded(req, res, next);
    multipart(req, res, (err?: unknown) => {
      next(err ? bodyError(err, tooLarge) : (unacceptableValue(req.body) ?? undefined));
    });
  };
}
