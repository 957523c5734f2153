import { Router, type Request, type Response } from "express";
import { z } from "zod";
import { VersionConflict } from "../../domain/errors.ts";
import { DecisionFormSchema } from "../../schemas/forms/decision-form.ts";
import type { AppDeps } from "../app-deps.ts";
import { allArticles } from "../desk-context.ts";
import { requireCsrf } from "../auth/csrf.ts";
import { requireRole, signedInUser } from "../auth/require-role.ts";
import { formErrors, type FieldErrors } from "../form-errors.ts";
import { formBody } from "../hardening/body-parsers.ts";
import { pickStrings, type FormValues } from "../view-models/form-values.ts";
import { paths } from "../view-models/paths.ts";
import { queuePage } from "../view-models/queue-page.ts";

const NoticeQuerySchema = z.object({ decided: z.enum(["approve", "return"]).optional().catch(undefined) });

/** A decision that did not go through, shown on its row. */
interface Failed {
  articleId: string;
  claimId: string;
  values: FormValues;
  errors: FieldErrors;
  problem?: string;
}

/**
 * The queues (mounted at /queue; the home page leads here).
 *
 * | GET  /                                 | my queue; for editors also "Waiting for decision"  |
 * | POST /decision/:articleId/:claimId     | approve or return a submitted claim from the queue |
 *
 * Reading needs a signed-in account; deciding needs an editor.
 */
export function queueRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(formBody(), requireCsrf);

  const render = async (req: Request, res: Response, status: number, failed?: Failed) => {
    const user = signedInUser(res);
    const page = queuePage(await allArticles(deps), user.username, res.locals.can("editor"));
    const notice = req.method === "GET" ? NoticeQuerySchema.parse(req.query).decided : undefined;
    res.status(status).render("desk/queue", { ...page, notice: notice ? `desk.queue.decided.${notice}` : null, failed: failed ?? null });
  };

  router.get("/", (req, res) => render(req, res, 200));

  router.post("/decision/:articleId/:claimId", requireRole("editor"), async (req, res) => {
    const { articleId, claimId } = req.params as { articleId: string; claimId: string };
    const values = pickStrings(req.body, ["version", "decision", "comment"]);
    const parsed = DecisionFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return render(req, res, 422, { articleId, claimId, values, errors: formErrors(parsed.error.issues) });
    const editor = { name: signedInUser(res).username };
    try {
      await deps.workspace.decideClaim(articleId, claimId, parsed.data, editor);
    } catch (error) {
      if (!(error instanceof VersionConflict)) throw error;
      return render(req, res, 409, {
        articleId,
        claimId,
        values: { ...values, version: String(error.current.version) },
        errors: {},
        problem: "desk.queue.changed",
      });
    }
    res.redirect(303, `${paths.queue()}?decided=${parsed.data.decision}`);
  });

  return router;
}
