import type { ErrorRequestHandler, RequestHandler } from "express";
import { localeMiddleware } from "./locale-middleware.ts";
import { requestCookies } from "./request-cookies.ts";

/**
 * Chooses the visitor's language for an error raised before any handler chose one (the security
 * headers' query and body checks, the API's sign-in check), as the pages choose it: the language
 * cookie, the browser, then the desk's default (`deskDefault`). Then it passes the error on to the
 * one error handler. The cookies are read here too: an error from the security headers comes before
 * they were. A store that cannot say its default leaves the cookie's or browser's choice.
 */
export function localeBeforeError(deskDefault: RequestHandler): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.locals.t) return next(error);
    const passOn = () => next(error);
    const chooseLocale = () =>
      localeMiddleware(req, res, () => {
        Promise.resolve(deskDefault(req, res, passOn)).catch(() => {
          if (!res.headersSent) passOn();
        });
      });
    requestCookies(req, res, chooseLocale);
  };
}
