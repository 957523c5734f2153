import { Router } from "express";
import { VersionConflict } from "../../domain/errors.ts";
import { CopyEvidenceFormSchema } from "../../schemas/forms/copy-evidence-form.ts";
import type { AppDeps } from "../app-deps.ts";
import { requireCsrf } from "../auth/csrf.ts";
import { signedInUser } from "../auth/require-role.ts";
import { formBody } from "../hardening/body-parsers.ts";
import { HttpError } from "../http-error.ts";
import { loadedArticle } from "../locals.ts";
import { paths } from "../view-models/paths.ts";

/**
 * "Already checked" (mounted at /articles/:articleId/claims, article already loaded):
 *
 * | POST /:claimId/copy-evidence | copy an earlier check's evidence into this claim |
 *
 * The form is a button with hidden fields, so a body that does not parse is a 400, not a form
 * shown again; a stale version is a 409 that copies nothing.
 */
export function checkedRouter(deps: AppDeps): Router {
  const router = Router({ mergeParams: true });
  router.param("claimId", (_req, res, next, id) => {
    if (!loadedArticle(res).claims.some((c) => c.id === id)) return next(new HttpError(404, "error.claimNotFound"));
    next();
  });

  router.get("/:claimId/copy-evidence", (req, res) => res.redirect(303, paths.claim(loadedArticle(res).id, String(req.params.claimId))));

  router.post("/:claimId/copy-evidence", formBody({ bytes: 4 * 1024, fields: 8 }), requireCsrf, async (req, res) => {
    const parsed = CopyEvidenceFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw new HttpError(400, "checked.badForm");
    const { version, fromArticle, fromClaim } = parsed.data;
    const article = loadedArticle(res);
    const claimId = String(req.params.claimId);
    const actor = { name: signedInUser(res).username };
    await deps.workspace.copyEvidence(article.id, claimId, { articleId: fromArticle, claimId: fromClaim }, version, actor).catch((error: unknown) => {
      throw error instanceof VersionConflict ? new HttpError(409, "checked.stale") : error;
    });
    res.redirect(303, `${paths.claim(article.id, claimId)}?saved=1#review-heading`);
  });

  return router;
}
