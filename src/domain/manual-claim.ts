import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { ClaimKind } from "../schemas/extracted-claim.ts";
import type { TextRange } from "./anchor-quote.ts";
import { claimFromExtracted } from "./claim-from-extracted.ts";
import { paragraphAt } from "./paragraph-at.ts";
import { quoteSelector } from "./quote-selector.ts";

/** What a person says about a claim the extractor missed. */
export interface ManualClaim {
  range: TextRange;
  speaker: string;
  kind: ClaimKind;
}

/**
 * A claim added by hand. Its words and offsets come from the article text; it has no cue or
 * speaker mention in the text (empty spans at its start) and its history starts with "create".
 */
export function manualClaim(id: string, articleText: string, input: ManualClaim, by: string, at: Date): ClaimRecord {
  const { start, end } = input.range;
  const empty = { text: "", start, end: start };
  const base = claimFromExtracted(
    {
      id,
      speaker: input.speaker,
      speakerMention: empty,
      cue: empty,
      kind: input.kind,
      text: articleText.slice(start, end),
      start,
      end,
      paragraph: paragraphAt(articleText, start, end).index,
      quote: quoteSelector(articleText, start, end),
      rule: "manual",
    },
    at,
  );
  const entry = { at: at.toISOString(), by, action: "create" as const, changes: [{ field: "text", from: null, to: base.text }] };
  return { ...base, origin: "manual", history: [entry] };
}
