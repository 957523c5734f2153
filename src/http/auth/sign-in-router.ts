import { Router, type Request, type Response } from "express";
import { randomBytes } from "node:crypto";
import { endSession } from "../../auth/account-changes.ts";
import { AccountError } from "../../auth/account-error.ts";
import { findUser } from "../../auth/find-user.ts";
import { hashPassword, verifyPassword } from "../../auth/password-hash.ts";
import { signInThrottle } from "../../auth/sign-in-throttle.ts";
import { SetupFormSchema } from "../../schemas/forms/account-forms.ts";
import { ButtonFormSchema } from "../../schemas/forms/fields.ts";
import { LoginFormSchema } from "../../schemas/forms/login-form.ts";
import { usernameFold } from "../../schemas/user.ts";
import type { AppDeps } from "../app-deps.ts";
import { OrganizationNameSchema } from "../../schemas/forms/settings-form.ts";
import { fieldError, formErrors, type FieldErrors } from "../form-errors.ts";
import { formBody } from "../hardening/body-parsers.ts";
import { HttpError } from "../http-error.ts";
import { lazyMiddleware } from "../lazy-middleware.ts";
import { pickStrings } from "../view-models/form-values.ts";
import { csrfToken, requireCsrf } from "./csrf.ts";
import { requestSession } from "./request-session.ts";
import { signedInUser } from "./require-role.ts";
import { forgetSession, signInAs } from "./sessions.ts";

/** What the sign-in page says above the form (an `auth.*` key and its placeholders). */
type Notice = { key: string; params?: Record<string, number> };

/** The slow-down of an account's sign-ins after failures: 1 s, doubling, at most 30 s. */
const DELAYS = { firstDelayMs: 1000, maxDelayMs: 30_000 };

/**
 * Signing in and out, and the one-time setup of the first account (mounted on the app).
 *
 * | GET  /login  | sign-in form (to /setup while there is no account)                         |
 * | POST /login  | check name and password (slowed down after failures); 401 if wrong, 429 after too many from one address |
 * | POST /logout | end this session                                                           |
 * | GET  /setup  | form for the first admin; 404 once any account exists                     |
 * | POST /setup  | create the first admin and sign in as it                                   |
 */
export function signInRouter(deps: AppDeps): Router {
  const router = Router();
  const form = formBody({ bytes: 10 * 1024, fields: 10 });
  const { perAccount, perAddress, windowMinutes } = deps.signInLimits;
  const windowMs = windowMinutes * 60_000;
  const slowDown = { freeAttempts: perAccount, windowMs, ...DELAYS };
  // Counted in this process unless the app shares counters with other instances (PostgreSQL).
  const accounts = deps.sharedSignInCounters?.accounts(slowDown) ?? signInThrottle(slowDown, () => deps.now().getTime());
  const addressStore = deps.sharedSignInCounters?.addresses(windowMs);
  // Made on the first sign-in, not at start-up: express-rate-limit loads an IP address library with it.
  const addresses = lazyMiddleware(async () =>
    (await import("express-rate-limit")).rateLimit({
      windowMs,
      limit: perAddress,
      skipSuccessfulRequests: true,
      standardHeaders: "draft-8",
      legacyHeaders: false,
      ...(addressStore ? { store: addressStore } : {}),
      handler: (req, res) => renderLogin(req, res, 429, { key: "auth.tooManyFromAddress", params: { minutes: windowMinutes } }),
    }),
  );
  // Unknown names are checked against this hash, so a wrong name takes as long as a wrong password.
  let unknownUserHash: Promise<string> | undefined;
  const hasAccounts = async () => (await deps.store.listUsers()).length > 0;

  router.get("/login", async (req, res) => {
    if (!(await hasAccounts())) return res.redirect(303, "/setup");
    if (res.locals.user) return res.redirect(303, "/articles");
    renderLogin(req, res, 200);
  });

  router.post("/login", addresses, form, requireCsrf, async (req, res) => {
    const parsed = LoginFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return renderLogin(req, res, 422, undefined, formErrors(parsed.error.issues));
    const { username, password, next } = parsed.data;
    const key = usernameFold(username);
    const wait = await accounts.delayFor(key);
    if (wait > 0) await deps.sleep(wait);
    const user = findUser({ users: await deps.store.listUsers() }, username);
    unknownUserHash ??= hashPassword(randomBytes(16).toString("hex"), deps.passwordCost);
    const matches = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash));
    if (!user || !matches) {
      await accounts.fail(key);
      return renderLogin(req, res, 401, { key: "auth.wrongCredentials" });
    }
    await accounts.succeed(key);
    if (user.deactivatedAt !== undefined) return renderLogin(req, res, 403, { key: "auth.deactivated" });
    signInAs(req, res, user, deps);
    res.redirect(303, next ?? "/articles");
  });

  router.post(
    "/logout",
    form,
    (_req, res, next) => (res.locals.user ? next() : res.redirect(303, "/login")),
    requireCsrf,
    async (req, res) => {
      if (!ButtonFormSchema.safeParse(req.body ?? {}).success) throw new HttpError(400, "error.unknownFields");
      const session = requestSession(req)!;
      const now = deps.now();
      const until = new Date(now.getTime() + deps.sessionIdleMinutes * 60_000);
      await deps.workspace.updateAccount(signedInUser(res).username, (user) => endSession(user, session.session, until, now));
      forgetSession(req, res, deps);
      res.redirect(303, "/login");
    },
  );

  router.get("/setup", async (req, res) => {
    if (await hasAccounts()) throw new HttpError(404);
    renderSetup(req, res, 200, {}, {});
  });

  router.post(
    "/setup",
    async (_req, _res, next) => next((await hasAccounts()) ? new HttpError(404) : undefined),
    form,
    requireCsrf,
    async (req, res) => {
      const { organizationName, ...account } = (req.body ?? {}) as Record<string, unknown>;
      const parsed = SetupFormSchema.safeParse(account);
      const organization = OrganizationNameSchema.safeParse(organizationName ?? "");
      if (!parsed.success || !organization.success) {
        const errors = {
          ...(parsed.success ? {} : formErrors(parsed.error.issues)),
          ...(organization.success ? {} : fieldError("organizationName", "tooLong", { max: 200 })),
        };
        return renderSetup(req, res, 422, pickStrings(req.body, ["username", "organizationName"]), errors);
      }
      const { username, password } = parsed.data;
      const passwordHash = await hashPassword(password, deps.passwordCost);
      const user = await deps.workspace.addAccount({ username, role: "admin", passwordHash }, { onlyIfFirst: true }).catch((error: unknown) => {
        if (error instanceof AccountError) throw new HttpError(404);
        throw error;
      });
      const name = organization.data;
      if (name) await deps.workspace.changeSettings((settings) => void (settings.organizationName = name));
      signInAs(req, res, user, deps);
      res.redirect(303, "/articles");
    },
  );

  return router;
}

function renderLogin(req: Request, res: Response, status: number, notice?: Notice, errors: FieldErrors = {}) {
  const typed = pickStrings(req.method === "POST" ? req.body : req.query, ["username", "next"]);
  res.status(status).render("auth/login", { values: typed, notice: notice ?? null, errors, csrfToken: csrfToken(req, res) });
}

function renderSetup(req: Request, res: Response, status: number, values: Record<string, string>, errors: FieldErrors) {
  res.status(status).render("auth/setup", { values, errors, csrfToken: csrfToken(req, res) });
}
