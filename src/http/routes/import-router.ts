import { Router } from "express";
import { UrlImportFormSchema } from "../../schemas/forms/import-form.ts";
import type { AppDeps } from "../app-deps.ts";
import { requireCsrf } from "../auth/csrf.ts";
import { requireRole } from "../auth/require-role.ts";
import { formErrors } from "../form-errors.ts";
import { formBody } from "../hardening/body-parsers.ts";
import { importReview } from "../view-models/import-review.ts";
import { duplicatesIn, problemErrors, renderImportForm, renderReview } from "./import-pages.ts";

/**
 * Import from a web address (an editor's).
 *
 * | POST /articles/import | fetch the page at `url`, show what was found for review (nothing is stored) |
 *
 * A refused address or page shows the import form again with a message that says what happened.
 * The review page posts to POST /articles, which stores the article.
 */
export function importRouter(deps: AppDeps): Router {
  const router = Router();

  router.post("/", requireRole("editor"), formBody(), requireCsrf, async (req, res) => {
    const url = typeof req.body?.url === "string" ? req.body.url.trim() : "";
    const values = { language: "auto", url };
    const parsed = UrlImportFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return renderImportForm(res, 422, values, formErrors(parsed.error.issues));
    const { allowedImportHosts: allowedHosts } = await deps.store.getSettings();
    // Loaded on first use: the page reader (linkedom, Readability, undici) is most of what a start would load.
    const { importFromUrl } = await import("../../ingest/import-from-url.ts");
    const fetched = await importFromUrl(parsed.data.url, { ...deps.importFetch, allowedHosts, now: deps.now });
    if (!fetched.ok) return renderImportForm(res, 422, values, problemErrors("url", fetched.problem));
    const page = fetched.value;
    const duplicates = await duplicatesIn(deps.store, { text: page.text, sourceUrl: page.sourceUrl, canonicalUrl: page.canonicalUrl });
    const source = { sourceUrl: page.sourceUrl, finalUrl: page.finalUrl, retrievedAt: page.retrievedAt };
    renderReview(res, 200, importReview(page, source, deps.detectLanguage, duplicates));
  });

  return router;
}
