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

/** Bidi controls, Arabic diacritics and tatweel: they change how words look, not which words they are. */
const INVISIBLE_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u064B-\u065F\u0670\u0640]/g;
/** Punctuation, symbols and spaces at either end: `"قال الوزير".` and `قال الوزير` are the same words. */
const EDGES = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/** Claim words reduced for comparison: compatibility forms folded, marks and edge punctuation gone, one space between words. */
export function comparableWords(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE_MARKS, "").replace(EDGES, "").replace(/\s+/g, " ").toLowerCase();
}

/**
 * The claim a hand-made claim over `range` would duplicate: one not dismissed that overlaps the
 * range and says the same words (after `comparableWords`), or undefined. The same words elsewhere
 * in the article are another occurrence, not a duplicate.
 */
export function duplicateClaim(claims: readonly ClaimRecord[], articleText: string, range: TextRange): ClaimRecord | undefined {
  const words = comparableWords(articleText.slice(range.start, range.end));
  return claims.find((c) => !c.dismissed && c.start < range.end && range.start < c.end && comparableWords(c.text) === words);
}
