import { Router, type Request, type Response } from "express";
import { ArticleQuerySchema } from "../../schemas/forms/claim-filters.ts";
import { ButtonFormSchema } from "../../schemas/forms/fields.ts";
import { ImportFormSchema } from "../../schemas/forms/import-form.ts";
import { LIMITS } from "../../schemas/limits.ts";
import type { AppDeps } from "../app-deps.ts";
import { requireCsrf } from "../auth/csrf.ts";
import { requireRole } from "../auth/require-role.ts";
import { articleImportBody, formBody } from "../hardening/body-parsers.ts";
import { loadArticle } from "../load-article.ts";
import { formErrors, type FieldErrors } from "../form-errors.ts";
import { HttpError } from "../http-error.ts";
import { loadedArticle } from "../locals.ts";
import { readArticleText } from "../read-article-text.ts";
import { articlePage } from "../view-models/article-page.ts";
import { pickStrings, type FormValues } from "../view-models/form-values.ts";
import { paths } from "../view-models/paths.ts";

const IMPORT_FIELDS = ["title", "sourceUrl", "publisher", "publishedAt", "language", "text"] as const;

/**
 * Articles: the list, the import form and import, the article page, re-extraction.
 *
 * | GET  /articles                     | list with counts and verdict bars |
 * | GET  /articles/new                 | import form                       |
 * | POST /articles                     | import (multipart or urlencoded)  |
 * | GET  /articles/:articleId          | text with highlights, claims, filters |
 * | POST /articles/:articleId/reextract | re-extract and merge             |
 *
 * Reading needs a reviewer; importing (and its form) and re-extracting need an editor.
 */
export function articlesRouter(deps: AppDeps): Router {
  const router = Router();
  router.param("articleId", loadArticle(deps.store));

  router.get("/", async (_req, res) => {
    const articles = (await deps.store.listArticles()).map((article) => {
      const { stats } = article;
      // Only approved verdicts are published; what is submitted waits for a decision (the index keeps no per-verdict split of approved claims).
      const counts = { total: stats.total, awaiting: stats.reviewed - stats.approved, published: stats.approved };
      const barAlt = res.locals.t("desk.articles.barAlt", { count: stats.approved });
      return { article, counts, barAlt, links: { self: paths.article(article.id), bar: paths.bar(article.id) } };
    });
    res.render("articles/index", { articles });
  });

  const editor = requireRole("editor");

  router.get("/new", editor, (_req, res) => renderImportForm(res, 200, { language: "auto" }, {}));

  router.post("/", editor, articleImportBody(), requireCsrf, async (req, res) => {
    const body = req.body ?? {};
    const source = readArticleText(body.text, req.file);
    if ("text" in source && Buffer.byteLength(source.text, "utf8") > LIMITS.articleBytes) throw new HttpError(413);
    const parsed = ImportFormSchema.safeParse(body);
    if (!parsed.success || "errors" in source) {
      const errors = { ...(parsed.success ? {} : formErrors(parsed.error.issues)), ...("errors" in source ? source.errors : {}) };
      const values = { ...pickStrings(body, IMPORT_FIELDS), ...("text" in source ? { text: source.text } : {}) };
      return renderImportForm(res, 422, values, errors, "text" in source && source.fromFile);
    }
    const { language: chosen, text: _pasted, ...fields } = parsed.data;
    const language = chosen === "auto" ? deps.detectLanguage(source.text) : chosen;
    const article = await deps.workspace.importArticle({ ...fields, language, text: source.text });
    res.redirect(303, paths.article(article.id));
  });

  router.get("/:articleId", (req, res) => renderArticle(req, res, 200, {}, {}));

  router.post("/:articleId/reextract", editor, formBody(), requireCsrf, async (req, res) => {
    if (!ButtonFormSchema.safeParse(req.body ?? {}).success) throw new HttpError(400, "error.unknownFields");
    const article = loadedArticle(res);
    const summary = await deps.workspace.reextractArticle(article.id);
    const query = new URLSearchParams({ added: String(summary.added), matched: String(summary.matched), orphaned: String(summary.orphaned) });
    res.redirect(303, `${paths.article(article.id)}?${query}`);
  });

  return router;
}

function renderImportForm(res: Response, status: number, values: FormValues, errors: FieldErrors, fileUsed = false) {
  res.status(status).render("articles/new", { values, errors, fileUsed });
}

/**
 * Renders the article page; also used by the claims router to show the add-claim form again with
 * the person's input and errors.
 */
export function renderArticle(req: Request, res: Response, status: number, addValues: FormValues, errors: FieldErrors) {
  const query = ArticleQuerySchema.safeParse(req.method === "GET" ? req.query : {});
  if (!query.success) throw new HttpError(400, "error.badQuery");
  const values = { kind: "indirect", ...addValues };
  res.status(status).render("articles/show", { ...articlePage(loadedArticle(res), query.data), add: { values, errors } });
}
