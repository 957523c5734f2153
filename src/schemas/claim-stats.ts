import type { ClaimRecord } from "./claim-record.ts";
import { VERDICT_IDS, type VerdictId } from "./verdict-ids.ts";

/** Counts for an article's active (not dismissed) claims. */
export interface ClaimStats {
  total: number;
  /** Review finished: submitted to an editor or approved. */
  reviewed: number;
  approved: number;
  /** Claims per verdict, plus "none" for claims without one. */
  verdicts: Record<VerdictId | "none", number>;
}

/** Counts claims, reviews, approvals and verdicts; dismissed claims are not claims and do not count. */
export function claimStats(claims: readonly ClaimRecord[]): ClaimStats {
  const verdicts = Object.fromEntries([...VERDICT_IDS, "none"].map((id) => [id, 0])) as ClaimStats["verdicts"];
  const active = claims.filter((c) => !c.dismissed);
  for (const c of active) verdicts[c.verdict ?? "none"]++;
  return {
    total: active.length,
    reviewed: active.filter((c) => c.status === "submitted" || c.status === "approved").length,
    approved: active.filter((c) => c.status === "approved").length,
    verdicts,
  };
}
