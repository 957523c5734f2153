import type { RequestHandler } from "express";

/**
 * A middleware made by `make` on the first request that reaches it, not when the app is built: for
 * one that needs a library only a few requests use (a file upload, a failed sign-in's counter), so
 * the server's start does not load it. A failure to make it is passed on as the request's error
 * and tried again on the next request.
 */
export function lazyMiddleware(make: () => Promise<RequestHandler>): RequestHandler {
  let made: Promise<RequestHandler> | undefined;
  return (req, res, next) => {
    made ??= make().catch((error: unknown) => {
      made = undefined;
      throw error;
    });
    made.then((middleware) => middleware(req, res, next), next);
  };
}
