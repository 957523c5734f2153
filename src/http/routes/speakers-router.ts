import { Router, type Request, type Response } from "express";
import { foldedWords } from "../../reports/claim-catalogue.ts";
import { canonicalSpeaker, isKnownSpeaker, speakerClaims } from "../../reports/speakers.ts";
import { MergeSpeakerFormSchema, SpeakersQuerySchema, UnmergeSpeakerFormSchema } from "../../schemas/forms/speaker-forms.ts";
import type { AppDeps } from "../app-deps.ts";
import { requireCsrf } from "../auth/csrf.ts";
import { requireRole } from "../auth/require-role.ts";
import { fieldError, formErrors, type FieldErrors } from "../form-errors.ts";
import { formBody } from "../hardening/body-parsers.ts";
import { HttpError } from "../http-error.ts";
import { claimsAndAliases } from "../speaker-context.ts";
import { claimListPages } from "../view-models/claim-list-pages.ts";
import { pickStrings, type FormValues } from "../view-models/form-values.ts";
import { paths } from "../view-models/paths.ts";
import { RESULTS_PER_PAGE, claimRow } from "../view-models/search-page.ts";
import { SPEAKERS_PER_PAGE, speakersPage } from "../view-models/speakers-page.ts";

/** A merge form that did not go through, shown again with what was typed. */
interface FailedForm {
  values: FormValues;
  errors: FieldErrors;
}

/**
 * Speakers across articles (mounted at /speakers). Reading needs a signed-in account; merging and
 * unmerging spellings needs an editor. Merges are desk aliases kept in the settings: no claim changes.
 *
 * | GET  /              | every speaker: spellings, claim, article and verdict counts (?q= narrows, ?page=) |
 * | GET  /:key          | every claim of the speaker across articles; a merged spelling redirects to its speaker |
 * | POST /:key/merge    | lists another spelling's claims under this speaker (`spelling`, as typed)  |
 * | POST /:key/unmerge  | undoes a merge (`spelling`, the merged key)                                |
 */
export function speakersRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(formBody({ bytes: 4 * 1024, fields: 4 }), requireCsrf);

  router.get("/", async (req, res) => {
    const parsed = SpeakersQuerySchema.safeParse(req.query);
    const values = pickStrings(req.query, ["q"]);
    if (!parsed.success)
      return res.status(400).render("speakers/index", { values, errors: formErrors(parsed.error.issues), list: null, perPage: SPEAKERS_PER_PAGE });
    const { entries, aliases } = await claimsAndAliases(deps);
    const list = speakersPage(entries, aliases, parsed.data.q, parsed.data.page);
    res.render("speakers/index", { values, errors: {}, list, perPage: SPEAKERS_PER_PAGE });
  });

  const renderSpeaker = async (req: Request, res: Response, status: number, failed?: FailedForm) => {
    const key = req.params.key as string;
    const query = SpeakersQuerySchema.safeParse(req.method === "GET" ? req.query : {});
    if (!query.success) throw new HttpError(400);
    const { entries, aliases } = await claimsAndAliases(deps);
    const canonical = canonicalSpeaker(aliases, key);
    if (canonical !== key) return res.redirect(303, paths.speaker(canonical));
    const found = speakerClaims(entries, aliases, key);
    if (!found) throw new HttpError(404, "speakers.notFound");
    const pages = claimListPages(
      found.claims.length,
      query.data.page,
      (n) => (n > 1 ? `${paths.speaker(key)}?page=${n}` : paths.speaker(key)),
      RESULTS_PER_PAGE,
    );
    const shown = found.claims.slice((pages.page - 1) * RESULTS_PER_PAGE, pages.page * RESULTS_PER_PAGE);
    res.status(status).render("speakers/show", {
      speaker: found.speaker,
      rows: shown.map((entry) => claimRow(entry, aliases)),
      pages,
      perPage: RESULTS_PER_PAGE,
      action: { merge: `${paths.speaker(key)}/merge`, unmerge: `${paths.speaker(key)}/unmerge` },
      notice: query.data.merged ? "speakers.merged.notice" : query.data.unmerged ? "speakers.unmerged.notice" : null,
      values: failed?.values ?? { spelling: "" },
      errors: failed?.errors ?? {},
    });
  };

  router.get("/:key", (req, res) => renderSpeaker(req, res, 200));

  router.post("/:key/merge", requireRole("editor"), async (req, res) => {
    const key = req.params.key as string;
    const values = pickStrings(req.body, ["spelling"]);
    const parsed = MergeSpeakerFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return renderSpeaker(req, res, 422, { values, errors: formErrors(parsed.error.issues) });
    const spelling = foldedWords(parsed.data.spelling).join(" ");
    const { entries, aliases } = await claimsAndAliases(deps);
    if (!isKnownSpeaker(entries, aliases, key)) throw new HttpError(404, "speakers.notFound");
    const problem =
      !spelling || !isKnownSpeaker(entries, aliases, spelling)
        ? "noSuchSpeaker"
        : canonicalSpeaker(aliases, spelling) === canonicalSpeaker(aliases, key)
          ? "sameSpeaker"
          : null;
    if (problem) return renderSpeaker(req, res, 422, { values, errors: fieldError("spelling", problem) });
    await deps.workspace.mergeSpeaker(spelling, key);
    res.redirect(303, `${paths.speaker(canonicalSpeaker(aliases, key))}?merged=1`);
  });

  router.post("/:key/unmerge", requireRole("editor"), async (req, res) => {
    const key = req.params.key as string;
    const parsed = UnmergeSpeakerFormSchema.safeParse(req.body ?? {});
    const { entries, aliases } = await claimsAndAliases(deps);
    if (!parsed.success || aliases[parsed.data.spelling] !== key || !Object.hasOwn(aliases, parsed.data.spelling)) {
      return renderSpeaker(req, res, 422, { values: { spelling: "" }, errors: fieldError("unmerge", "notMerged") });
    }
    const spelling = parsed.data.spelling;
    await deps.workspace.unmergeSpeaker(spelling);
    const { [spelling]: _gone, ...after } = aliases;
    const landing = speakerClaims(entries, after, key) ? key : spelling;
    res.redirect(303, `${paths.speaker(landing)}?unmerged=1`);
  });

  return router;
}
