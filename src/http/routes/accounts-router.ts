import { Router, type Request, type Response } from "express";
import { z } from "zod";
import { deactivateUser, reactivateUser } from "../../auth/account-changes.ts";
import { AccountError } from "../../auth/account-error.ts";
import { findUser } from "../../auth/find-user.ts";
import { hashPassword } from "../../auth/password-hash.ts";
import { NewAccountFormSchema, PasswordFormSchema, RoleFormSchema } from "../../schemas/forms/account-forms.ts";
import { ButtonFormSchema } from "../../schemas/forms/fields.ts";
import { ROLES, type Role } from "../../schemas/user.ts";
import type { AppDeps } from "../app-deps.ts";
import { requireCsrf } from "../auth/csrf.ts";
import { requireRole, signedInUser } from "../auth/require-role.ts";
import { keepOwnSession } from "../auth/sessions.ts";
import { formBody } from "../hardening/body-parsers.ts";
import { formErrors, type FieldErrors } from "../form-errors.ts";
import { HttpError } from "../http-error.ts";
import { pickStrings, type FormValues } from "../view-models/form-values.ts";

const NoticeQuerySchema = z.object({
  done: z.enum(["created", "role", "password", "deactivated", "reactivated"]).optional().catch(undefined),
  username: z.string().max(64).optional().catch(undefined),
});

const NOTICES = {
  created: "accounts.created",
  role: "accounts.roleChanged",
  password: "accounts.passwordSet",
  deactivated: "accounts.deactivated",
  reactivated: "accounts.reactivated",
} as const;

/**
 * Accounts, for admins (mounted at /accounts). The shell has the same powers: `npm run user`.
 *
 * | GET  /                    | the accounts, and a form to add one |
 * | POST /                    | add an account                      |
 * | POST /:username/role      | change an account's role            |
 * | POST /:username/password  | set a new password (ends its sessions) |
 * | POST /:username/deactivate | the account can no longer sign in; its sessions end; history keeps its name |
 * | POST /:username/reactivate | it can sign in again                 |
 */
export function accountsRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(requireRole("admin"), formBody({ bytes: 10 * 1024, fields: 10 }), requireCsrf);

  const render = async (
    req: Request,
    res: Response,
    status: number,
    extra: { values?: FormValues; errors?: FieldErrors; problem?: string; problemParams?: Record<string, string> } = {},
  ) => {
    const query = NoticeQuerySchema.parse(req.method === "GET" ? req.query : {});
    const users = await deps.store.listUsers();
    const account = query.username ? findUser({ users }, query.username) : undefined;
    const notice =
      query.done && account ? { key: NOTICES[query.done], params: { username: account.username, role: res.locals.t(`role.${account.role}`) } } : null;
    const me = signedInUser(res).username;
    const accounts = users.map(({ username, role, createdAt, deactivatedAt }) => {
      const base = `/accounts/${encodeURIComponent(username)}`;
      return {
        username,
        role,
        createdAt,
        deactivatedAt: deactivatedAt ?? null,
        isYou: username === me,
        links: { role: `${base}/role`, password: `${base}/password`, deactivate: `${base}/deactivate`, reactivate: `${base}/reactivate` },
      };
    });
    res.status(status).render("accounts/index", {
      accounts,
      roles: ROLES,
      notice,
      problem: extra.problem ?? null,
      problemParams: extra.problemParams ?? {},
      values: extra.values ?? { username: "", role: "reviewer" },
      errors: extra.errors ?? {},
    });
  };
  const done = (res: Response, what: keyof typeof NOTICES, username: string) => res.redirect(303, `/accounts?${new URLSearchParams({ done: what, username })}`);
  /** Runs an account change; a refused one (name taken, last admin…) shows the page with why. */
  const attempt = async <T>(req: Request, res: Response, change: () => Promise<T>, values?: FormValues): Promise<T | null> => {
    try {
      return await change();
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      if (error.key === "noSuchUser") throw new HttpError(404, "accounts.noSuchUser");
      await render(req, res, 409, { problem: `accounts.${error.key}`, problemParams: { other: error.other ?? "" }, values });
      return null;
    }
  };

  router.get("/", (req, res) => render(req, res, 200));

  router.post("/", async (req, res) => {
    const values = pickStrings(req.body, ["username", "role"]);
    const parsed = NewAccountFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return render(req, res, 422, { values, errors: formErrors(parsed.error.issues) });
    const { username, role, password } = parsed.data;
    const passwordHash = await hashPassword(password, deps.passwordCost);
    const user = await attempt(req, res, () => deps.workspace.addAccount({ username, role, passwordHash }), values);
    if (user) done(res, "created", user.username);
  });

  router.post("/:username/role", async (req, res) => {
    const parsed = RoleFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return render(req, res, 422, { problem: "errors.invalidChoice" });
    const role: Role = parsed.data.role;
    const user = await attempt(req, res, () => deps.workspace.changeAccount(req.params.username!, { role }));
    if (user) done(res, "role", user.username);
  });

  router.post("/:username/password", async (req, res) => {
    const parsed = PasswordFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return render(req, res, 422, { problem: `errors.${formErrors(parsed.error.issues).password?.key ?? "invalid"}` });
    const passwordHash = await hashPassword(parsed.data.password, deps.passwordCost);
    const user = await attempt(req, res, () => deps.workspace.changeAccount(req.params.username!, { passwordHash }));
    if (!user) return;
    // Every session of the account ends (its generation moved on); an admin setting their own keeps this one.
    keepOwnSession(req, res, user, deps);
    done(res, "password", user.username);
  });

  router.post("/:username/deactivate", async (req, res) => {
    if (!ButtonFormSchema.safeParse(req.body ?? {}).success) throw new HttpError(400, "error.unknownFields");
    if (findUser({ users: await deps.store.listUsers() }, req.params.username)?.username === signedInUser(res).username) {
      return render(req, res, 409, { problem: "accounts.cannotDeactivateSelf" });
    }
    const user = await attempt(req, res, () => deps.workspace.updateAccount(req.params.username, (u) => deactivateUser(u, deps.now())));
    if (user) done(res, "deactivated", user.username);
  });

  router.post("/:username/reactivate", async (req, res) => {
    if (!ButtonFormSchema.safeParse(req.body ?? {}).success) throw new HttpError(400, "error.unknownFields");
    const user = await attempt(req, res, () => deps.workspace.updateAccount(req.params.username, reactivateUser));
    if (user) done(res, "reactivated", user.username);
  });

  return router;
}
