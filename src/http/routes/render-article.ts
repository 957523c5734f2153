import type { Request, Response } from "express";
import { ArticleQuerySchema } from "../../schemas/forms/claim-filters.ts";
import type { FieldErrors } from "../form-errors.ts";
import { HttpError } from "../http-error.ts";
import { loadedArticle } from "../locals.ts";
import { checkedVariant, isRead, sendArticlePage } from "../page-cache.ts";
import { articlePage } from "../view-models/article-page.ts";
import type { FormValues } from "../view-models/form-values.ts";

/** An existing claim that a hand-made one would duplicate, to link from the add-claim form. */
export interface DuplicateLink {
  href: string;
  speaker: string;
}

/**
 * Renders the article page; the claims router uses it too, to show the add-claim form again with
 * the person's input and errors (and the claim it would duplicate).
 */
export function renderArticle(req: Request, res: Response, status: number, addValues: FormValues, errors: FieldErrors, duplicate: DuplicateLink | null = null) {
  const query = ArticleQuerySchema.safeParse(req.method === "GET" ? req.query : {});
  if (!query.success) throw new HttpError(400, "error.badQuery");
  const article = loadedArticle(res);
  const checkedBefore: ReadonlySet<string> | undefined = res.locals.checkedBefore;
  const render = (done: (html: string) => void) => {
    const locals = {
      ...articlePage(article, query.data, { locale: res.locals.locale, cache: req.app.enabled("view cache"), checkedBefore }),
      add: { values: { kind: "indirect", ...addValues }, errors, duplicate },
    };
    res.status(status).render("articles/show", locals, (error, html) => (error ? req.next!(error) : done(html)));
  };
  if (status !== 200 || !isRead(req)) return render((html) => res.send(html));
  sendArticlePage(req, res, article, checkedVariant(checkedBefore), render);
}
