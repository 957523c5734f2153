import { Router } from "express";
import { bodyGate } from "./body-gate.ts";
import { queryGuard } from "./query-guard.ts";
import { securityHeaders } from "./security-headers.ts";

/**
 * Web hardening for every request, applied first by one `app.use(hardening())`: security headers
 * (helmet, strict CSP), the query-string guard, and the body gate (form types only, a size cap).
 * Routes that read a body use `formBody()` or `articleImportBody()` (./body-parsers.ts) for their
 * own limits; errors become HttpErrors that the one error handler renders.
 */
export function hardening(): Router {
  const router = Router();
  router.use(securityHeaders(), queryGuard, bodyGate);
  return router;
}
