import type { Request, Response } from "express";
import { z } from "zod";
import { summarise } from "../../reports/verdict-rows.ts";
import type { FieldErrors } from "../form-errors.ts";
import { HttpError } from "../http-error.ts";
import { loadedArticle } from "../locals.ts";
import { isRead, sendArticlePage } from "../page-cache.ts";
import { pickStrings } from "../view-models/form-values.ts";
import { reportPage } from "../view-models/report-page.ts";

const ReportQuerySchema = z.object({ view: z.enum(["published", "working"]).default("published") });

/**
 * Renders the report, published claims only or (`?view=working`) every claim; with `claimId` and
 * `errors`, that claim's decision form (in the working view) shows the editor's input and messages.
 */
export function renderReport(req: Request, res: Response, status: number, failed: { claimId?: string; errors?: FieldErrors }) {
  const query = ReportQuerySchema.safeParse(req.method === "GET" ? req.query : { view: "working" });
  if (!query.success) throw new HttpError(400, "error.badQuery");
  const article = loadedArticle(res);
  const render = (done: (html: string) => void) => {
    const page = reportPage(article, res.locals.verdictLabel, failed.claimId ? "working" : query.data.view);
    const typed = failed.claimId ? pickStrings(req.body, ["version", "comment", "decision"]) : null;
    const locals = { ...page, summary: summarise(page.rows), decision: { claimId: failed.claimId ?? null, values: typed, errors: failed.errors ?? {} } };
    res.status(status).render("reports/show", locals, (error, html) => (error ? req.next!(error) : done(html)));
  };
  if (status !== 200 || failed.claimId || !isRead(req)) return render((html) => res.send(html));
  sendArticlePage(req, res, article, "", render);
}
