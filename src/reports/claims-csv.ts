import { stringify } from "csv-stringify/sync";
import { verdictById } from "../domain/verdicts.ts";
import type { Article } from "../schemas/article.ts";
import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { Evidence } from "../schemas/evidence.ts";

/** The CSV columns, in order: stable English names, values as stored (ids, UTC timestamps). */
export const CSV_COLUMNS = [
  "article_id",
  "article_title",
  "claim_id",
  "speaker",
  "cue",
  "kind",
  "claim",
  "start",
  "end",
  "verdict",
  "verdict_en",
  "verdict_ar",
  "rating",
  "status",
  "reviewer",
  "evidence",
  "notes",
  "editor_comment",
  "origin",
  "orphaned",
  "updated_at",
] as const;

/**
 * The editors' report as CSV: one row per claim that is not dismissed. UTF-8 with a byte-order
 * mark so spreadsheet programs read Arabic correctly. A cell starting with = + - @ or a control
 * character gets a leading apostrophe so spreadsheets do not run it as a formula.
 */
export function claimsCsv(article: Article): string {
  const rows = article.claims.filter((c) => !c.dismissed).map((c) => csvRow(article, c));
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...CSV_COLUMNS],
    cast: { string: neutraliseFormula, boolean: (b) => (b ? "yes" : "no") },
  });
}

function csvRow(article: Article, c: ClaimRecord): Record<(typeof CSV_COLUMNS)[number], string | number | boolean> {
  const verdict = verdictById(c.verdict);
  return {
    article_id: article.id,
    article_title: article.title,
    claim_id: c.id,
    speaker: c.speaker,
    cue: c.cue.text,
    kind: c.kind,
    claim: c.text,
    start: c.start,
    end: c.end,
    verdict: c.verdict ?? "",
    verdict_en: verdict?.label.en ?? "",
    verdict_ar: verdict?.label.ar ?? "",
    rating: verdict?.rating ?? "",
    status: c.status,
    reviewer: c.reviewer,
    evidence: c.evidence.map(evidenceLine).join("\n"),
    notes: c.notes,
    editor_comment: c.editorComment,
    origin: c.origin,
    orphaned: c.orphaned,
    updated_at: c.updatedAt,
  };
}

function evidenceLine(e: Evidence): string {
  return `${e.stance}: ${e.title} <${e.url}>${e.excerpt ? ` — ${e.excerpt}` : ""}`;
}

function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
