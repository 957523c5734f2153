/**
 * A claim's workflow status, separate from its verdict: unreviewed → in review → submitted →
 * approved, or returned by an editor. The transitions between them are in src/domain/workflow.ts.
 */
export const STATUSES = ["unreviewed", "in_review", "submitted", "approved", "returned"] as const;

export type Status = (typeof STATUSES)[number];
