import type { ClaimRecord } from "../../schemas/claim-record.ts";
import type { ClaimFilters } from "../../schemas/forms/claim-filters.ts";

/**
 * The claims a filter selects. Dismissed claims show only under the "dismissed" status filter;
 * "orphaned" selects claims the extractor no longer finds; "none" selects claims without a verdict.
 */
export function filterClaims(claims: readonly ClaimRecord[], filters: ClaimFilters): ClaimRecord[] {
  return claims.filter(
    (c) =>
      matchesStatus(c, filters.status) &&
      (!filters.verdict || (c.verdict ?? "none") === filters.verdict) &&
      (!filters.speaker || c.speaker === filters.speaker),
  );
}

function matchesStatus(claim: ClaimRecord, status: ClaimFilters["status"]): boolean {
  if (status === "dismissed") return claim.dismissed;
  if (claim.dismissed) return false;
  if (status === "orphaned") return claim.orphaned;
  return !status || claim.status === status;
}
