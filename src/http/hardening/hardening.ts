import type { RequestHandler } from "express";
import { bodyProblem } from "./body-gate.ts";
import { queryProblem } from "./query-guard.ts";
import { securityHeaders } from "./security-headers.ts";

/**
 * Web hardening for every request, applied first by one `app.use(hardening())`: security headers
 * (helmet, strict CSP), the query-string guard, and the body gate (form types only, a size cap).
 * Routes that read a body use `formBody()` or `articleImportBody()` (./body-parsers.ts) for their
 * own limits; errors become HttpErrors that the one error handler renders. One middleware rather
 * than a router of three: every request passes here, and each router layer costs express 5 a
 * path match and a turn of its `next`.
 */
export function hardening(): RequestHandler {
  const setSecurityHeaders = securityHeaders();
  return (req, res, next) => {
    setSecurityHeaders(res);
    next(queryProblem(req.url) ?? bodyProblem(req) ?? undefined);
  };
}
