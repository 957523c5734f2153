import { Router, type Response } from "express";
import { ArticleListQuerySchema } from "../../schemas/forms/article-list-query.ts";
import { ButtonFormSchema } from "../../schemas/forms/fields.ts";
import { ImportFormSchema } from "../../schemas/forms/import-form.ts";
import { LIMITS } from "../../schemas/limits.ts";
import type { AppDeps } from "../app-deps.ts";
import { requireCsrf } from "../auth/csrf.ts";
import { requireRole } from "../auth/require-role.ts";
import { articleImportBody, formBody } from "../hardening/body-parsers.ts";
import { loadArticle } from "../load-article.ts";
import { formErrors } from "../form-errors.ts";
import { HttpError } from "../http-error.ts";
import { loadedArticle } from "../locals.ts";
import { readArticleText } from "../read-article-text.ts";
import { articleListPage } from "../view-models/article-list-page.ts";
import { pickStrings, type FormValues } from "../view-models/form-values.ts";
import { importReview, resubmittedReview } from "../view-models/import-review.ts";
import { paths } from "../view-models/paths.ts";
import { renderArticle } from "./render-article.ts";
import { duplicatesIn, pageInForm, problemErrors, renderImportForm, renderReview } from "./import-pages.ts";
import { checkedClaimsLocals } from "../earlier-checks-locals.ts";

const IMPORT_FIELDS = ["title", "sourceUrl", "canonicalUrl", "publisher", "byline", "publishedAt", "retrievedAt", "language", "text", "reviewed"] as const;

/**
 * Articles: the list, the import form and import, the article page, re-extraction.
 *
 * | GET  /articles                     | list with counts and verdict bars, 50 a page, newest import first (?page=N) |
 * | GET  /articles/new                 | import form                       |
 * | POST /articles                     | import (multipart or urlencoded); a saved page or pasted HTML is shown for review first, a pasted address offered for fetching, a duplicate named |
 * | GET  /articles/:articleId          | text with highlights, claims, filters |
 * | POST /articles/:articleId/reextract | re-extract and merge             |
 *
 * Reading needs a reviewer; importing (and its form) and re-extracting need an editor.
 */
export function articlesRouter(deps: AppDeps): Router {
  const router = Router();
  router.param("articleId", loadArticle(deps.store));

  router.get("/", async (req, res) => {
    const query = ArticleListQuerySchema.safeParse(req.query);
    if (!query.success) throw new HttpError(400, "error.badPage");
    const { rows, pages, perPage } = await articleListPage(deps.store, query.data.page, req.originalUrl.split("?")[1] ?? "");
    const articles = rows.map((article) => {
      const { stats } = article;
      // Only approved verdicts are published; what is submitted waits for a decision (the index keeps no per-verdict split of approved claims).
      const counts = { total: stats.total, awaiting: stats.reviewed - stats.approved, published: stats.approved };
      const barAlt = res.locals.t("desk.articles.barAlt", { count: stats.approved });
      return { article, counts, barAlt, links: { self: paths.article(article.id), bar: paths.bar(article.id) } };
    });
    res.render("articles/index", { articles, pages, perPage });
  });

  const editor = requireRole("editor");

  router.get("/new", editor, (_req, res) => renderImportForm(res, 200, { language: "auto" }, {}));

  router.post("/", editor, articleImportBody(), requireCsrf, async (req, res) => {
    const body = req.body ?? {};
    const page = pageInForm(body, req.file);
    if (page?.kind === "url") return renderImportForm(res, 200, { ...pickStrings(body, IMPORT_FIELDS), url: page.url }, {}, { pastedUrl: page.url });
    if (page?.kind === "html") return reviewSavedPage(res, page.bytes, page.field, pickStrings(body, IMPORT_FIELDS));
    const source = readArticleText(body.text, req.file);
    if ("text" in source && Buffer.byteLength(source.text, "utf8") > LIMITS.articleBytes) throw new HttpError(413);
    const parsed = ImportFormSchema.safeParse(body);
    const reviewed = body.reviewed === "1";
    if (!parsed.success || "errors" in source) {
      const errors = { ...(parsed.success ? {} : formErrors(parsed.error.issues)), ...("errors" in source ? source.errors : {}) };
      const values = { ...pickStrings(body, IMPORT_FIELDS), ...("text" in source ? { text: source.text } : {}) };
      if (reviewed) return renderReview(res, 422, resubmittedReview(values, deps.detectLanguage, []), errors);
      return renderImportForm(res, 422, values, errors, { fileUsed: "text" in source && source.fromFile });
    }
    const { language: chosen, text: _pasted, reviewed: _reviewed, asNewVersion, ...fields } = parsed.data;
    const duplicates = asNewVersion
      ? []
      : await duplicatesIn(deps.store, { text: source.text, sourceUrl: fields.sourceUrl, canonicalUrl: fields.canonicalUrl });
    if (duplicates.length > 0) {
      const values = { ...pickStrings(body, IMPORT_FIELDS), text: source.text };
      if (reviewed) return renderReview(res, 409, resubmittedReview(values, deps.detectLanguage, duplicates));
      return renderImportForm(res, 409, values, {}, { duplicates, fileUsed: source.fromFile });
    }
    const language = chosen === "auto" ? deps.detectLanguage(source.text) : chosen;
    const article = await deps.workspace.importArticle({ ...fields, language, text: source.text });
    res.redirect(303, paths.article(article.id));
  });

  router.get("/:articleId", checkedClaimsLocals(deps), (req, res) => renderArticle(req, res, 200, {}, {}));

  // The address of the button's form, reopened from the address bar: the article it belongs to.
  router.get("/:articleId/reextract", (_req, res) => res.redirect(303, paths.article(loadedArticle(res).id)));

  router.post("/:articleId/reextract", editor, formBody(), requireCsrf, async (req, res) => {
    if (!ButtonFormSchema.safeParse(req.body ?? {}).success) throw new HttpError(400, "error.unknownFields");
    const article = loadedArticle(res);
    const summary = await deps.workspace.reextractArticle(article.id);
    const query = new URLSearchParams({ added: String(summary.added), matched: String(summary.matched), orphaned: String(summary.orphaned) });
    res.redirect(303, `${paths.article(article.id)}?${query}`);
  });

  /** A saved page (uploaded or pasted as HTML): its article for review, or the form with why not. */
  async function reviewSavedPage(res: Response, bytes: Uint8Array, field: "file" | "text", values: FormValues) {
    const { readPage } = await import("../../ingest/read-page.ts"); // loaded on first use, like the URL import
    const read = readPage(bytes);
    if (!read.ok) return renderImportForm(res, 422, field === "text" ? values : { ...values, text: "" }, problemErrors(field, read.problem));
    const page = read.value;
    const duplicates = await duplicatesIn(deps.store, { text: page.text, canonicalUrl: page.canonicalUrl });
    renderReview(res, 200, importReview(page, {}, deps.detectLanguage, duplicates));
  }

  return router;
}
