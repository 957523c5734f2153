import { HttpError } from "../http-error.ts";
import { isMulterError } from "./multipart-parser.ts";

/** What a parser's "too large" means for this kind of form: the message key and its placeholders. */
export interface TooLarge {
  key: string;
  params?: Record<string, string | number>;
}

const GENERIC_TOO_LARGE: TooLarge = { key: "error.formTooLarge", params: {} };

/** body-parser's error types (`err.type`) and what each means for the person who sent the form. */
const BODY_PARSER_ERRORS: Record<string, (tooLarge: TooLarge) => HttpError> = {
  "entity.too.large": (tooLarge) => new HttpError(413, tooLarge.key, tooLarge.params),
  "parameters.too.many": () => new HttpError(413, "error.tooManyFields"),
  "charset.unsupported": () => new HttpError(415, "error.formCharset"),
  "encoding.unsupported": () => new HttpError(415, "error.formCharset"),
};

/** multer's error codes that mean "too big" or "too many" rather than "malformed". */
const MULTER_TOO_LARGE = new Set(["LIMIT_FILE_SIZE", "LIMIT_FIELD_VALUE"]);
const MULTER_TOO_MANY = new Set(["LIMIT_PART_COUNT", "LIMIT_FIELD_COUNT"]);
const MULTER_WRONG_FILE = new Set(["LIMIT_UNEXPECTED_FILE", "LIMIT_FILE_COUNT"]);

/** Whether `err` came from reading a request body (body-parser, raw-body or multer). */
export function isBodyError(err: unknown): boolean {
  if (isMulterError(err)) return true;
  const type = (err as { type?: unknown } | null)?.type;
  return typeof type === "string" && (type in BODY_PARSER_ERRORS || /^(entity|request|querystring|stream)\./.test(type));
}

/**
 * Turns an error met while reading a request body into the HttpError to answer with: 413 when it
 * is too large or has too many fields (with `tooLarge`'s message, which names the limit), 415 for
 * a charset or compression the forms do not use, 400 for anything malformed (including multipart
 * parts busboy cannot read, which arrive as plain errors). A 5xx from the parser stays a 5xx: that
 * is a fault on this side. HttpErrors pass through.
 */
export function bodyError(err: unknown, tooLarge: TooLarge = GENERIC_TOO_LARGE): HttpError {
  if (err instanceof HttpError) return err;
  if (isMulterError(err)) {
    if (MULTER_TOO_LARGE.has(err.code)) return new HttpError(413, tooLarge.key, tooLarge.params);
    if (MULTER_TOO_MANY.has(err.code)) return new HttpError(413, "error.tooManyFields");
    if (MULTER_WRONG_FILE.has(err.code)) return new HttpError(400, "error.unexpectedFile");
    return new HttpError(400, "error.malformedBody");
  }
  const { type, status } = (err ?? {}) as { type?: unknown; status?: unknown };
  if (typeof type === "string" && type in BODY_PARSER_ERRORS) return BODY_PARSER_ERRORS[type]!(tooLarge);
  if (typeof status === "number" && status >= 500) return new HttpError(500);
  return new HttpError(400, "error.malformedBody");
}
