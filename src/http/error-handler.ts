import type { ErrorRequestHandler } from "express";
import multer from "multer";
import { VersionConflict, WorkflowError } from "../domain/errors.ts";
import { HttpError } from "./http-error.ts";

/** Multer limits that mean "the text is too big" rather than "the form is malformed". */
const TOO_LARGE_UPLOADS = new Set(["LIMIT_FILE_SIZE", "LIMIT_FIELD_VALUE", "LIMIT_PART_COUNT", "LIMIT_FIELD_COUNT"]);

/** The status and message key for any error that reaches the handler. */
export function classify(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof WorkflowError) return new HttpError(409, `error.${err.key}`);
  if (err instanceof VersionConflict) return new HttpError(409);
  if (err instanceof multer.MulterError) return new HttpError(TOO_LARGE_UPLOADS.has(err.code) ? 413 : 400);
  const status = (err as { status?: unknown })?.status;
  if (typeof status === "number" && status >= 400 && status < 500) return new HttpError(status);
  return new HttpError(500);
}

/**
 * The one error handler: renders an error page in the interface language (JSON under /api).
 * 4xx errors are the client's and are not logged; anything else is logged and shown as a 500
 * without internals.
 */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const error = classify(err);
  if (error.status >= 500) console.error(err);
  if (res.headersSent) return res.end();
  const message = res.locals.t?.(error.key, error.params) ?? error.key;
  res.status(error.status);
  if (req.path.startsWith("/api/")) return res.json({ error: { status: error.status, message } });
  res.render("error", { status: error.status, message }, (renderError, html) => {
    if (renderError) {
      console.error(renderError);
      return res.type("text/plain").send(`${error.status} ${message}`);
    }
    res.send(html);
  });
};
