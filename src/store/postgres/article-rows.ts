import type { Article } from "../../schemas/article.ts";
import type { ArticleSummary } from "../../schemas/article-summary.ts";
import type { ClaimRecord } from "../../schemas/claim-record.ts";
import type { Evidence } from "../../schemas/evidence.ts";
import type { HistoryEntry } from "../../schemas/history-entry.ts";

/** An `articles` row: what queries use as columns, the rest of the article in `record`. */
export interface ArticleRow {
  id: string;
  language: Article["language"];
  text: string;
  record: Omit<Article, "id" | "language" | "text" | "claims">;
  summary: ArticleSummary;
}

export interface ClaimRow {
  article_id: string;
  id: string;
  position: number;
  speaker: string;
  status: string;
  verdict: string | null;
  version: number;
  updated_at: string;
  record: Omit<ClaimRecord, "evidence" | "history">;
}

export interface EvidenceRow {
  article_id: string;
  claim_id: string;
  position: number;
  url: string;
  record: Evidence;
}

export interface HistoryRow {
  article_id: string;
  claim_id: string;
  position: number;
  at: string;
  by: string;
  action: string;
  record: HistoryEntry;
}

export function articleRow(article: Article, summary: ArticleSummary): ArticleRow {
  const { id, language, text, claims: _claims, ...record } = article;
  return { id, language, text, record, summary };
}

export function claimRow(articleId: string, claim: ClaimRecord, position: number): ClaimRow {
  const { evidence: _evidence, history: _history, ...record } = claim;
  const { id, speaker, status, verdict, version, updatedAt } = claim;
  return { article_id: articleId, id, position, speaker, status, verdict, version, updated_at: updatedAt, record };
}

export function evidenceRows(articleId: string, claim: ClaimRecord): EvidenceRow[] {
  return claim.evidence.map((record, position) => ({ article_id: articleId, claim_id: claim.id, position, url: record.url, record }));
}

/** History rows from entry `from` on (the ones a save appends). */
export function historyRows(articleId: string, claim: ClaimRecord, from = 0): HistoryRow[] {
  return claim.history.slice(from).map((record, i) => ({
    article_id: articleId,
    claim_id: claim.id,
    position: from + i,
    at: record.at,
    by: record.by,
    action: record.action,
    record,
  }));
}

/** Builds the article back from its rows (each list in position order). */
export function articleFromRows(
  row: Pick<ArticleRow, "id" | "language" | "text" | "record">,
  claims: Pick<ClaimRow, "id" | "record">[],
  evidence: Pick<EvidenceRow, "claim_id" | "record">[],
  history: Pick<HistoryRow, "claim_id" | "record">[],
): Article {
  const evidenceOf = groupBy(evidence);
  const historyOf = groupBy(history);
  return {
    id: row.id,
    language: row.language,
    text: row.text,
    ...row.record,
    claims: claims.map((c) => ({ ...c.record, evidence: evidenceOf.get(c.id) ?? [], history: historyOf.get(c.id) ?? [] }) as ClaimRecord),
  } as Article;
}

function groupBy<T>(rows: { claim_id: string; record: T }[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.claim_id);
    if (list) list.push(row.record);
    else groups.set(row.claim_id, [row.record]);
  }
  return groups;
}
