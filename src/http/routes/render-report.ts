import type { Request, Response } from "express";
import { summarise } from "../../reports/verdict-rows.ts";
import type { FieldErrors } from "../form-errors.ts";
import { loadedArticle } from "../locals.ts";
import { pickStrings } from "../view-models/form-values.ts";
import { reportPage } from "../view-models/report-page.ts";

/** Renders the report; with `claimId` and `errors`, that claim's decision form shows the editor's input and messages. */
export function renderReport(req: Request, res: Response, status: number, failed: { claimId?: string; errors?: FieldErrors }) {
  const page = reportPage(loadedArticle(res), res.locals.verdictLabel);
  const typed = failed.claimId ? pickStrings(req.body, ["version", "comment", "decision"]) : null;
  res.status(status).render("reports/show", {
    ...page,
    summary: summarise(page.rows),
    decision: { claimId: failed.claimId ?? null, values: typed, errors: failed.errors ?? {} },
  });
}
