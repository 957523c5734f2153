import type { ErrorRequestHandler, Request, Response } from "express";
import { NotFound, VersionConflict, WorkflowError } from "../domain/errors.ts";
import { restoreAdvice } from "../store/restore-advice.ts";
import { StoreFileError } from "../store/store-file-error.ts";
import { StoreReadOnly } from "../store/store.ts";
import { isMessageKey } from "../i18n/translate.ts";
import { bodyError, isBodyError } from "./hardening/body-errors.ts";
import { HttpError } from "./http-error.ts";

const NOT_FOUND = { article: "error.articleNotFound", claim: "error.claimNotFound", account: "accounts.noSuchUser" } as const;
const FULL_DISK = new Set(["ENOSPC", "EDQUOT"]);

/** The status and message key for any error that reaches the handler. */
export function classify(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof WorkflowError) return new HttpError(409, `error.${err.key}`);
  if (err instanceof VersionConflict) return new HttpError(409);
  if (err instanceof NotFound) return new HttpError(404, NOT_FOUND[err.what]);
  if (err instanceof StoreReadOnly) return new HttpError(503, "error.readOnly");
  if (err instanceof StoreFileError) return new HttpError(503, "error.documentDamaged");
  if (FULL_DISK.has((err as NodeJS.ErrnoException | null)?.code ?? "")) return new HttpError(507, "error.diskFull");
  if (isBodyError(err)) return bodyError(err);
  const status = (err as { status?: unknown } | null)?.status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return new HttpError(status, isMessageKey(`error.${status}`) ? `error.${status}` : "error.400");
  }
  return new HttpError(500);
}

/**
 * The one error handler: renders an error page in the interface language (JSON under /api).
 * 4xx errors are the client's and are not logged; anything else is logged and shown as a 500.
 * A response never carries an error's own message, stack or file paths, in any environment: only
 * the status and the interface string for it (the server log has the rest). It runs after
 * localeBeforeError, which chooses the interface language for errors raised before any page did.
 */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const error = classify(err);
  if (err instanceof StoreFileError) console.error(`The store ${err.message}\n${restoreAdvice(err)}`);
  else if (error.status >= 500) console.error(err);
  if (res.headersSent) return res.end();
  const message = res.locals.t(error.key, error.params);
  res.status(error.status);
  if (req.path.startsWith("/api/")) return res.json({ error: { status: error.status, message } });
  renderErrorPage(req, res, error.status, message);
};

function renderErrorPage(_req: Request, res: Response, status: number, message: string) {
  const plain = () => res.type("text/plain; charset=utf-8").send(`${status} ${message}`);
  try {
    res.render("error", { status, message }, (renderError, html) => {
      if (renderError) {
        console.error(renderError);
        return plain();
      }
      res.send(html);
    });
  } catch (renderError) {
    console.error(renderError);
    plain();
  }
}
