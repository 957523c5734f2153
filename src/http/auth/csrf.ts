import { doubleCsrf } from "csrf-csrf";
import type { Request, RequestHandler, Response } from "express";
import { HttpError } from "../http-error.ts";
import { requestSession } from "./request-session.ts";
import { cookieFlags } from "./session-cookie.ts";

/** The CSRF cookie's name. */
export const CSRF_COOKIE = "isnad.csrf";

/** Makes and checks CSRF tokens for one app. */
export interface CsrfProtector {
  token(req: Request, res: Response): string;
  isValid(req: Request): boolean;
}

/**
 * CSRF protection without server-side state, with csrf-csrf (the signed double-submit cookie
 * pattern): the token is an HMAC, under a key only the server knows, of a random value and of the
 * visitor's session id (empty before sign-in). It is kept in an HttpOnly cookie and sent back by
 * every form as `_csrf` or by scripts as the `x-csrf-token` header; a request is accepted only
 * when both agree and the HMAC holds for the current session. So the sign-in and setup forms are
 * protected without a session, and a token stops working when its session ends.
 */
export function csrfProtector(secret: Buffer, alwaysSecure: boolean): CsrfProtector {
  const csrf = doubleCsrf({
    getSecret: () => secret.toString("hex"),
    getSessionIdentifier: (req) => requestSession(req)?.session ?? "",
    cookieName: CSRF_COOKIE,
    cookieOptions: { httpOnly: true, sameSite: "lax", path: "/", secure: alwaysSecure },
    getCsrfTokenFromRequest: (req) => {
      const field = (req.body as Record<string, unknown> | undefined)?._csrf;
      if (typeof field === "string") return field;
      const header = req.headers["x-csrf-token"];
      return typeof header === "string" ? header : undefined;
    },
  });
  const issued = new Set<string>();
  return {
    token: (req, res) => {
      const session = requestSession(req)?.session ?? "";
      const held = (req.cookies as Record<string, unknown> | undefined)?.[CSRF_COOKIE];
      if (typeof held === "string" && issued.has(`${session} ${held}`)) return held;
      const token = csrf.generateCsrfToken(req, res, { cookieOptions: cookieFlags(req, { alwaysSecure }) });
      if (issued.size >= MAX_ISSUED_TOKENS) issued.delete(issued.values().next().value!);
      issued.add(`${session} ${token}`);
      return token;
    },
    isValid: (req) => csrf.validateRequest(req),
  };
}

/**
 * Tokens this app made (or found valid), each with its session id: a browser that sends one back in
 * its cookie, in the same session, gets it again without a new HMAC or a Set-Cookie. Only for
 * putting tokens in pages: a form post is always checked in full by csrf-csrf.
 */
const MAX_ISSUED_TOKENS = 5000;

const protectors = new WeakMap<Request, CsrfProtector>();

/** Gives the request the app's protector (done first for every request, by `signedInAccount`). */
export function attachCsrfProtector(req: Request, protector: CsrfProtector): void {
  protectors.set(req, protector);
}

function protectorOf(req: Request): CsrfProtector {
  const protector = protectors.get(req);
  if (!protector) throw new Error("CSRF protection is not set up: signedInAccount() must run first");
  return protector;
}

/** The visitor's CSRF token for forms, made (and its cookie set) on first use. */
export function csrfToken(req: Request, res: Response): string {
  return protectorOf(req).token(req, res);
}

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS) without the visitor's token:
 * 403 with a page saying the form is stale. Must run after the body is parsed, so each router puts
 * it after its body parser.
 */
export const requireCsrf: RequestHandler = (req, _res, next) => {
  if (["GET", "HEAD", "OPTIONS"].includes(req.method) || protectorOf(req).isValid(req)) return next();
  next(new HttpError(403, "error.csrf"));
};
