/**
 * The verdict ids a claim can carry, in display order, and each one's schema.org ratingValue
 * (worst 1, best 5; null for a verdict exported with its label only). Stored data and forms are
 * validated against these; labels and colours live with the scale in src/domain/verdicts.ts.
 */
export const VERDICT_IDS = ["true", "mostly_true", "misleading", "mostly_false", "false", "unproven", "satire", "not_checkable"] as const;

export type VerdictId = (typeof VERDICT_IDS)[number];

/** Rated verdicts need evidence before they are submitted. */
export const VERDICT_RATINGS: Record<VerdictId, 1 | 2 | 3 | 4 | 5 | null> = {
  true: 5,
  mostly_true: 4,
  misleading: 3,
  mostly_false: 2,
  false: 1,
  unproven: null,
  satire: null,
  not_checkable: null,
};
