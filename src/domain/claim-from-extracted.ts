import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { ExtractedClaim } from "../schemas/extracted-claim.ts";

/** A freshly extracted claim as stored: unreviewed, no verdict, version 1. */
export function claimFromExtracted(claim: ExtractedClaim, at: Date): ClaimRecord {
  const { id, speaker, speakerMention, cue, kind, text, start, end, paragraph, quote, rule } = claim;
  return {
    ...{ id, speaker, speakerMention, cue, kind, text, start, end, paragraph, quote, rule },
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

/** `id`, or `id-2`, `id-3`… if it is already taken; adds the result to `taken`. */
export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
