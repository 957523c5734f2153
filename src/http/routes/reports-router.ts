import { Router, type Response } from "express";
import { claimReviews } from "../../reports/claim-reviews.ts";
import { verdictBarSvg } from "../../reports/verdict-bar-svg.ts";
import { verdictChartSvg } from "../../reports/verdict-chart-svg.ts";
import { publishedVerdictRows, reportCounts } from "../../reports/report-counts.ts";
import { summarise } from "../../reports/verdict-rows.ts";
import type { AppDeps } from "../app-deps.ts";
import { requireRole } from "../auth/require-role.ts";
import { publishContext } from "../desk-context.ts";
import { loadedArticle } from "../locals.ts";
import { renderReport } from "./render-report.ts";

/**
 * The editors' report and exports of an article (mounted at /articles/:articleId).
 *
 * | GET /report               | printable report of published (approved) claims; ?view=working: every claim, with approve / return forms |
 * | GET /report.csv           | CSV, UTF-8 with BOM                          |
 * | GET /claimreview.jsonld   | ClaimReview JSON-LD of approved claims        |
 * | GET /chart.svg            | bar chart of published verdicts              |
 * | GET /verdict-bar.svg      | small stacked bar of published verdicts      |
 *
 * Reading needs a reviewer; the exports (CSV, JSON-LD) need an editor.
 */
export function reportsRouter(deps: AppDeps): Router {
  const router = Router({ mergeParams: true });

  router.get("/report", (req, res) => renderReport(req, res, 200, {}));

  router.get("/report.csv", requireRole("editor"), async (_req, res) => {
    const { claimsCsv } = await import("../../reports/claims-csv.ts"); // csv-stringify, loaded on first use
    const article = loadedArticle(res);
    res.attachment(`isnad-${article.id}.csv`).type("text/csv; charset=utf-8").send(claimsCsv(article));
  });

  router.get("/claimreview.jsonld", requireRole("editor"), async (req, res) => {
    const article = loadedArticle(res);
    const reviews = claimReviews(article, await publishContext(deps, req, article.id));
    res.type("application/ld+json; charset=utf-8").send(JSON.stringify(reviews, null, 2));
  });

  router.get("/chart.svg", (_req, res) => {
    const rows = publishedVerdictRows(reportCounts(loadedArticle(res).claims), res.locals.verdictLabel);
    const title = res.locals.t("desk.report.chartAlt", { summary: summarise(rows) });
    sendSvg(res, verdictChartSvg(rows, res.locals.dir, title));
  });

  router.get("/verdict-bar.svg", (_req, res) => {
    const rows = publishedVerdictRows(reportCounts(loadedArticle(res).claims), res.locals.verdictLabel);
    sendSvg(res, verdictBarSvg(rows, res.locals.dir, res.locals.t("desk.articles.barTitle", { summary: summarise(rows) })));
  });

  return router;
}

function sendSvg(res: Response, svg: string) {
  res.type("image/svg+xml; charset=utf-8").send(svg);
}
