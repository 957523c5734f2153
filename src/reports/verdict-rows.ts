import type { ClaimStats } from "../schemas/claim-stats.ts";
import { NO_VERDICT_COLOUR, VERDICTS } from "../domain/verdicts.ts";

/** One verdict's line in a chart or table: id, label, colour and count. */
export interface VerdictRow {
  id: string;
  label: string;
  colour: string;
  count: number;
}

/** The scale in display order, then "no verdict yet", with counts and labels from `label(id)`. */
export function verdictRows(stats: ClaimStats, label: (id: string | null) => string): VerdictRow[] {
  const rated = VERDICTS.map((v) => ({ id: v.id, label: label(v.id), colour: v.colour, count: stats.verdicts[v.id] }));
  return [...rated, { id: "none", label: label(null), colour: NO_VERDICT_COLOUR, count: stats.verdicts.none }];
}

/** "True: 2, False: 1": the non-zero counts, for alt text ("0" when there are none). */
export function summarise(rows: readonly VerdictRow[]): string {
  return (
    rows
      .filter((r) => r.count > 0)
      .map((r) => `${r.label}: ${r.count}`)
      .join(", ") || "0"
  );
}
