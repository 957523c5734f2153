import type { Request, Response } from "express";
import type { ClaimRecord } from "../../schemas/claim-record.ts";
import type { FieldErrors } from "../form-errors.ts";
import { loadedArticle, loadedClaim } from "../locals.ts";
import { claimPage } from "../view-models/claim-page.ts";
import { pickStrings, reviewValues, submittedReviewValues } from "../view-models/form-values.ts";

/** The forms on a claim's pages. */
export type ClaimForm = "review" | "correction" | "dismiss" | "restore" | "decision";

const FIELDS: Record<Exclude<ClaimForm, "review">, readonly string[]> = {
  correction: ["version", "speaker", "kind", "text"],
  dismiss: ["version"],
  restore: ["version"],
  decision: ["version", "decision", "comment"],
};

/** Every form's values: the submitted one as typed (with `version` replaced if given), the rest from the claim. */
function formValues(req: Request, claim: ClaimRecord, submitted?: ClaimForm, version?: number) {
  const stored = {
    review: reviewValues(claim),
    correction: { version: String(claim.version), speaker: claim.speaker, kind: claim.kind, text: claim.text },
    dismiss: { version: String(claim.version) },
    restore: { version: String(claim.version) },
    decision: { version: String(claim.version), decision: "", comment: "" },
  };
  if (!submitted) return stored;
  const based = version === undefined ? {} : { version: String(version) };
  if (submitted === "review") {
    const typed = submittedReviewValues(req.body);
    return { ...stored, review: { ...typed, fields: { ...typed.fields, ...based } } };
  }
  return { ...stored, [submitted]: { ...pickStrings(req.body, FIELDS[submitted]), ...based } };
}

/** Renders the claim page; with `form` and `errors`, that form shows the person's input and messages. */
export function renderClaim(req: Request, res: Response, status: number, extra: { form?: ClaimForm; errors?: FieldErrors; notice?: string | null }) {
  const claim = loadedClaim(res);
  const page = claimPage(loadedArticle(res), claim, res.locals.t, res.locals.verdictLabel);
  const forms = formValues(req, claim, extra.form);
  res.status(status).render("claims/show", { ...page, forms, errorForm: extra.form ?? null, errors: extra.errors ?? {}, notice: extra.notice ?? null });
}

/**
 * The 409 page: someone saved the claim after this person loaded it. Shows the stored version
 * and the person's submitted form, kept as typed and now based on the stored version, so saving
 * again is a deliberate choice.
 */
export function renderConflict(req: Request, res: Response, form: ClaimForm, current: ClaimRecord) {
  const page = claimPage(loadedArticle(res), current, res.locals.t, res.locals.verdictLabel);
  const forms = formValues(req, current, form, current.version);
  res.status(409).render("claims/conflict", { ...page, forms, conflictForm: form, errors: {} });
}
