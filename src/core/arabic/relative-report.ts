import type { Attribution } from "./attribution.ts";
import { firstWordFrom } from "../text/tokens.ts";
import type { SentenceView } from "./sentence-view.ts";

const RELATIVE_PRONOUNS = new Set(["الذي", "التي", "الذين"]);

/**
 * "…من تصاعد الهجمات التي قال إنها خلفت ثلاثة قتلى": a subject-less speech verb inside a relative
 * clause reports words nested in the claim around it. It is a claim of its own, but it neither ends
 * the outer claim's content nor is dropped for overlapping it.
 */
export function isNestedReport(view: SentenceView, attribution: Attribution): boolean {
  if (attribution.mention || !attribution.rule.startsWith("ar.verb.implicit")) return false;
  const j = firstWordFrom(view.tokens, attribution.cue.start);
  return j > 0 && RELATIVE_PRONOUNS.has(view.tokens[j - 1]!.key);
}
