import { STATUSES, type Status } from "../schemas/statuses.ts";

/** Workflow statuses are defined with the stored shapes; re-exported for the review logic. */
export { STATUSES, type Status };

/** What a person can do to a claim's workflow, and from which statuses. */
export const TRANSITIONS = {
  /** A reviewer saves a draft; editing an approved or submitted claim takes it back to review. */
  save: { from: STATUSES, to: "in_review" },
  /** A reviewer hands the verdict to an editor. */
  submit: { from: STATUSES, to: "submitted" },
  /** An editor accepts a submitted verdict. */
  approve: { from: ["submitted"], to: "approved" },
  /** An editor sends a verdict back with a comment, also after approving it. */
  return: { from: ["submitted", "approved"], to: "returned" },
} as const satisfies Record<string, { from: readonly Status[]; to: Status }>;

export type Transition = keyof typeof TRANSITIONS;

/** The status after `transition`, or null when it is not allowed from `status`. */
export function nextStatus(status: Status, transition: Transition): Status | null {
  const rule = TRANSITIONS[transition];
  return (rule.from as readonly Status[]).includes(status) ? rule.to : null;
}
