import { VERDICTS, type VerdictId } from "../domain/verdicts.ts";
import type { Status } from "../domain/workflow.ts";
import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { VerdictRow } from "./verdict-rows.ts";

/** Statuses of work not yet published, in workflow order. */
export const WORK_STATUSES = ["unreviewed", "in_review", "returned", "submitted"] as const satisfies readonly Status[];
export type WorkStatus = (typeof WORK_STATUSES)[number];

/**
 * An article's counts that tell published work from work in progress: only an approved verdict is
 * published; a reviewer's draft or submitted verdict counts as work, not as a verdict.
 */
export interface ReportCounts {
  /** Claims that are not dismissed. */
  total: number;
  /** Approved claims, by verdict. */
  published: Record<VerdictId, number>;
  publishedTotal: number;
  /** Claims not yet approved, by status. */
  working: Record<WorkStatus, number>;
  /** Of those, how many carry a verdict someone has not approved yet. */
  draftVerdicts: number;
}

/** Counts an article's claims; dismissed claims are not claims and do not count. */
export function reportCounts(claims: readonly ClaimRecord[]): ReportCounts {
  const published = Object.fromEntries(VERDICTS.map((v) => [v.id, 0])) as Record<VerdictId, number>;
  const working = Object.fromEntries(WORK_STATUSES.map((s) => [s, 0])) as Record<WorkStatus, number>;
  let total = 0;
  let draftVerdicts = 0;
  for (const c of claims) {
    if (c.dismissed) continue;
    total++;
    if (c.status === "approved" && c.verdict) published[c.verdict]++;
    else if (c.status !== "approved") {
      working[c.status]++;
      if (c.verdict) draftVerdicts++;
    }
  }
  const publishedTotal = Object.values(published).reduce((a, b) => a + b, 0);
  return { total, published, publishedTotal, working, draftVerdicts };
}

/** The published verdicts in scale order, for charts and tables (no "no verdict" row: nothing unapproved is a verdict). */
export function publishedVerdictRows(counts: ReportCounts, label: (id: string | null) => string): VerdictRow[] {
  return VERDICTS.map((v) => ({ id: v.id, label: label(v.id), colour: v.colour, count: counts.published[v.id] }));
}
