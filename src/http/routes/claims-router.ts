import { Router, type Request, type Response } from "express";
import { z } from "zod";
import { VersionConflict, WorkflowError } from "../../domain/errors.ts";
import { duplicateClaim } from "../../domain/manual-claim.ts";
import type { ClaimRecord } from "../../schemas/claim-record.ts";
import { CorrectionFormSchema } from "../../schemas/forms/correction-form.ts";
import { DecisionFormSchema } from "../../schemas/forms/decision-form.ts";
import { DismissFormSchema } from "../../schemas/forms/dismiss-form.ts";
import { NewClaimFormSchema } from "../../schemas/forms/new-claim-form.ts";
import { ReviewFormSchema } from "../../schemas/forms/review-form.ts";
import type { AppDeps } from "../app-deps.ts";
import { requireCsrf } from "../auth/csrf.ts";
import { requireRole, signedInUser } from "../auth/require-role.ts";
import { formBody } from "../hardening/body-parsers.ts";
import { fieldError, formErrors } from "../form-errors.ts";
import { HttpError } from "../http-error.ts";
import { locateClaimText } from "../locate-claim-text.ts";
import { loadedArticle, loadedClaim } from "../locals.ts";
import { revealControls } from "../reveal-controls.ts";
import { pickStrings } from "../view-models/form-values.ts";
import { paths } from "../view-models/paths.ts";
import { renderArticle } from "./render-article.ts";
import { renderClaim, renderConflict, type ClaimForm } from "./render-claim.ts";
import { renderReport } from "./render-report.ts";

const NoticeQuerySchema = z.object({ saved: z.enum(["1"]).optional().catch(undefined) });

/**
 * Claims of an article (mounted at /articles/:articleId/claims, article already loaded).
 *
 * | POST /                     | add a claim the extractor missed          |
 * | GET  /:claimId             | the claim, its history and the review form |
 * | POST /:claimId/review      | save a draft or submit a verdict          |
 * | POST /:claimId/correction  | fix speaker, kind or span                 |
 * | POST /:claimId/dismiss     | mark "not a claim" (kept, restorable)     |
 * | POST /:claimId/restore     | undo a dismissal                          |
 * | POST /:claimId/decision    | editor approves or returns                |
 *
 * A form shown again with errors leaves its POST address in the address bar; reopening that
 * address (GET) leads to the page the form is on instead of a 404.
 *
 * Every route needs the reviewer role (a signed-in account); the decision needs an editor.
 */
export function claimsRouter(deps: AppDeps): Router {
  const router = Router({ mergeParams: true });
  router.use(formBody());
  router.use(requireCsrf);
  router.param("claimId", (_req, res, next, id) => {
    const claim = loadedArticle(res).claims.find((c) => c.id === id);
    if (!claim) return next(new HttpError(404, "error.claimNotFound"));
    res.locals.claim = claim;
    next();
  });

  /** Runs a workspace change to the loaded claim; a stale version gets the 409 page and null. */
  const change = async (req: Request, res: Response, form: ClaimForm, apply: (articleId: string, claimId: string) => Promise<ClaimRecord>) => {
    try {
      return await apply(loadedArticle(res).id, loadedClaim(res).id);
    } catch (error) {
      if (!(error instanceof VersionConflict)) throw error;
      renderConflict(req, res, form, error.current);
      return null;
    }
  };
  const savedRedirect = (res: Response, claim: ClaimRecord) => res.redirect(303, `${paths.claim(loadedArticle(res).id, claim.id)}?saved=1`);

  router.post("/", async (req, res) => {
    const article = loadedArticle(res);
    const values = pickStrings(req.body, ["text", "speaker", "kind", "occurrence"]);
    const parsed = NewClaimFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return renderArticle(req, res, 422, values, formErrors(parsed.error.issues));
    const located = locateClaimText(article.text, parsed.data.text, "text", { occurrence: parsed.data.occurrence });
    if ("errors" in located) return renderArticle(req, res, 422, values, located.errors);
    const existing = duplicateClaim(article.claims, article.text, located.range);
    if (existing) {
      const duplicate = { href: paths.claim(article.id, existing.id), speaker: existing.speaker };
      return renderArticle(req, res, 422, values, fieldError("text", "duplicateClaim", { speaker: revealControls(existing.speaker) }), duplicate);
    }
    const { speaker, kind } = parsed.data;
    const by = signedInUser(res).username;
    const claim = await deps.workspace.addManualClaim(article.id, { range: located.range, speaker, kind }, { name: by }).catch((error: unknown) => {
      if (error instanceof WorkflowError && error.key === "alreadyClaimed") return null;
      throw error;
    });
    if (!claim) return renderArticle(req, res, 422, values, fieldError("text", "alreadyClaimed"));
    res.redirect(303, paths.claim(article.id, claim.id));
  });

  router.get("/", (_req, res) => res.redirect(303, `${paths.article(loadedArticle(res).id)}#add-claim`));
  router.get("/:claimId/decision", (_req, res) => res.redirect(303, `${paths.report(loadedArticle(res).id)}#claim-${encodeURIComponent(loadedClaim(res).id)}`));
  const claimForms = ["review", "correction", "dismiss", "restore"].map((form) => `/:claimId/${form}`);
  router.get(claimForms, (_req, res) => res.redirect(303, paths.claim(loadedArticle(res).id, loadedClaim(res).id)));

  router.get("/:claimId", (req, res) => {
    const notice = NoticeQuerySchema.parse(req.query).saved ? "review.saved" : null;
    renderClaim(req, res, 200, { notice });
  });

  router.post("/:claimId/review", async (req, res) => {
    const parsed = ReviewFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return renderClaim(req, res, 422, { form: "review", errors: formErrors(parsed.error.issues) });
    const actor = { name: signedInUser(res).username };
    const saved = await change(req, res, "review", (a, c) => deps.workspace.reviewClaim(a, c, parsed.data, actor));
    if (saved) savedRedirect(res, saved);
  });

  router.post("/:claimId/correction", async (req, res) => {
    const claim = loadedClaim(res);
    const parsed = CorrectionFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return renderClaim(req, res, 422, { form: "correction", errors: formErrors(parsed.error.issues) });
    const located = locateClaimText(loadedArticle(res).text, parsed.data.text, "text", { near: claim.start });
    if ("errors" in located) return renderClaim(req, res, 422, { form: "correction", errors: located.errors });
    const { version, speaker, kind } = parsed.data;
    const correction = { version, speaker, kind, range: located.range };
    const actor = { name: signedInUser(res).username };
    const saved = await change(req, res, "correction", (a, c) => deps.workspace.correctClaim(a, c, correction, actor));
    if (saved) savedRedirect(res, saved);
  });

  for (const [path, dismissed] of [
    ["dismiss", true],
    ["restore", false],
  ] as const) {
    router.post(`/:claimId/${path}`, async (req, res) => {
      const parsed = DismissFormSchema.safeParse(req.body ?? {});
      if (!parsed.success) return renderClaim(req, res, 422, { form: path, errors: formErrors(parsed.error.issues) });
      const actor = { name: signedInUser(res).username };
      const saved = await change(req, res, path, (a, c) => deps.workspace.setDismissed(a, c, dismissed, parsed.data.version, actor));
      if (saved) savedRedirect(res, saved);
    });
  }

  router.post("/:claimId/decision", requireRole("editor"), async (req, res) => {
    const claim = loadedClaim(res);
    const parsed = DecisionFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return renderReport(req, res, 422, { claimId: claim.id, errors: formErrors(parsed.error.issues) });
    const editor = { name: signedInUser(res).username };
    const saved = await change(req, res, "decision", (a, c) => deps.workspace.decideClaim(a, c, parsed.data, editor));
    if (saved) res.redirect(303, `${paths.report(loadedArticle(res).id)}?view=working#claim-${encodeURIComponent(saved.id)}`);
  });

  return router;
}
