import type { ClaimRecord, CorrectableField } from "../schemas/claim-record.ts";
import type { ClaimKind } from "../schemas/extracted-claim.ts";
import type { TextRange } from "./anchor-quote.ts";
import { WorkflowError } from "./errors.ts";
import { paragraphAt } from "./paragraph-at.ts";
import { quoteSelector } from "./quote-selector.ts";
import { recordChange, type Actor } from "./record-change.ts";

/** A person's correction of the machine: speaker, kind and where the claim's words are. */
export interface Correction {
  version: number;
  speaker: string;
  kind: ClaimKind;
  range: TextRange;
}

/**
 * Corrects a claim's speaker, kind or span. Corrected fields are remembered so that
 * re-extraction keeps the person's value. The span is taken from the article text.
 */
export function correctClaim(claim: ClaimRecord, correction: Correction, articleText: string, actor: Actor, at: Date): ClaimRecord {
  if (claim.dismissed) throw new WorkflowError("claimDismissed");
  const { start, end } = correction.range;
  const changed: CorrectableField[] = [];
  if (correction.speaker !== claim.speaker) changed.push("speaker");
  if (correction.kind !== claim.kind) changed.push("kind");
  const spanMoved = start !== claim.start || end !== claim.end;
  if (spanMoved) changed.push("span");
  const span = spanMoved
    ? { text: articleText.slice(start, end), start, end, quote: quoteSelector(articleText, start, end), paragraph: paragraphAt(articleText, start, end).index }
    : {};
  const corrected = [...new Set([...claim.corrected, ...changed])];
  return recordChange(claim, {
    actor,
    at,
    action: "correct",
    version: correction.version,
    patch: { speaker: correction.speaker, kind: correction.kind, ...span, corrected },
  });
}
