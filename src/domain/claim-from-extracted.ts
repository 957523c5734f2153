import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { ExtractedClaim } from "../schemas/extracted-claim.ts";

/**
 * A freshly extracted claim as stored: unreviewed, no verdict, version 1. (The fields are listed
 * one by one: spreading an object literal into this one made V8 build slow dictionary objects,
 * 50 µs a claim, a second for the 20,000 claims of a 1 MB article.)
 */
export function claimFromExtracted(claim: ExtractedClaim, at: Date): ClaimRecord {
  const { id, speaker, speakerMention, cue, kind, text, start, end, paragraph, quote, rule } = claim;
  return {
    id,
    speaker,
    speakerMention,
    cue,
    kind,
    text,
    start,
    end,
    paragraph,
    quote,
    rule,
    origin: "extracted",
    orphaned: false,
    dismissed: false,
    corrected: [],
    verdict: null,
    evidence: [],
    notes: "",
    reviewer: "",
    status: "unreviewed",
    editorComment: "",
    version: 1,
    updatedAt: at.toISOString(),
    history: [],
    assignee: "",
    comments: [],
  };
}

/**
 * The extractor's claims that can be stored: well-formed, with offsets that point at their text.
 * Odd output (a core bug) is left out rather than breaking the import.
 */
export function usableClaims(text: string, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return claims.filter((c) => c.start <= c.end && c.end <= text.length && text.slice(c.start, c.end) === c.text);
}

/**
 * Hands out ids unique among `taken` (which it adds each one to): `id` as it is, or with the next
 * free suffix, `id-2`, `id-3`… The extractor gives repeated sentences the same id, so an article
 * can hold thousands of copies of one id: each id's suffix counter only moves forward, so naming
 * k copies takes about k lookups, not k²/2.
 */
export function uniqueIds(taken: Set<string>): (id: string) => string {
  const nextSuffix = new Map<string, number>();
  return (id) => {
    let candidate = id;
    if (taken.has(candidate)) {
      let n = nextSuffix.get(id) ?? 2;
      do candidate = `${id}-${n++}`;
      while (taken.has(candidate));
      nextSuffix.set(id, n);
    }
    taken.add(candidate);
    return candidate;
  };
}
