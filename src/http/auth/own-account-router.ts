import { Router, type Request, type Response } from "express";
import { z } from "zod";
import { bumpSessionGeneration, setPassword } from "../../auth/account-changes.ts";
import { findUser } from "../../auth/find-user.ts";
import { hashPassword, verifyPassword } from "../../auth/password-hash.ts";
import { OwnPasswordFormSchema } from "../../schemas/forms/account-forms.ts";
import { ButtonFormSchema } from "../../schemas/forms/fields.ts";
import type { AppDeps } from "../app-deps.ts";
import { fieldError, formErrors, type FieldErrors } from "../form-errors.ts";
import { formBody } from "../hardening/body-parsers.ts";
import { HttpError } from "../http-error.ts";
import { requireCsrf } from "./csrf.ts";
import { signedInUser } from "./require-role.ts";
import { forgetSession, keepOwnSession } from "./sessions.ts";

const NoticeQuerySchema = z.object({ done: z.enum(["password"]).optional().catch(undefined) });

/**
 * The signed-in person's own account (mounted at /account, behind sign-in).
 *
 * | GET  /account                      | the account, a form to change the password, sign out everywhere |
 * | POST /account/password             | change one's password (current one required); other sessions end |
 * | POST /account/sign-out-everywhere  | end every session of the account, this one too                   |
 */
export function ownAccountRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(formBody({ bytes: 10 * 1024, fields: 10 }), requireCsrf);

  const render = (req: Request, res: Response, status: number, errors: FieldErrors = {}) => {
    const done = NoticeQuerySchema.parse(req.method === "GET" ? req.query : {}).done;
    res.status(status).render("auth/account", { notice: done ? "auth.ownPasswordChanged" : null, errors });
  };

  router.get("/", (req, res) => render(req, res, 200));

  router.post("/password", async (req, res) => {
    const parsed = OwnPasswordFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return render(req, res, 422, formErrors(parsed.error.issues));
    const { currentPassword, password } = parsed.data;
    const me = signedInUser(res).username;
    const current = findUser({ users: await deps.store.listUsers() }, me);
    if (!current || !(await verifyPassword(currentPassword, current.passwordHash))) {
      return render(req, res, 422, fieldError("currentPassword", "wrongCurrentPassword"));
    }
    const passwordHash = await hashPassword(password, deps.passwordCost);
    const user = await deps.workspace.updateAccount(me, (u) => setPassword(u, passwordHash));
    keepOwnSession(req, res, user, deps);
    res.redirect(303, "/account?done=password");
  });

  router.post("/sign-out-everywhere", async (req, res) => {
    if (!ButtonFormSchema.safeParse(req.body ?? {}).success) throw new HttpError(400, "error.unknownFields");
    await deps.workspace.updateAccount(signedInUser(res).username, bumpSessionGeneration);
    forgetSession(req, res, deps);
    res.redirect(303, "/login");
  });

  return router;
}
