import type { Article } from "../schemas/article.ts";
import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { ExtractedClaim } from "../schemas/extracted-claim.ts";
import { byPosition } from "./by-position.ts";
import { anchorQuote, type TextRange } from "./anchor-quote.ts";
import { claimFromExtracted, uniqueIds, usableClaims } from "./claim-from-extracted.ts";
import { recordChange, type Actor } from "./record-change.ts";

/** How much two spans must overlap (intersection over union) to count as the same claim. */
export const MIN_OVERLAP = 0.5;

/** Who re-extraction changes are recorded as. */
export const EXTRACTOR: Actor = { name: "Isnad" };

/** What a re-extraction did: new claims, stored claims found again, stored claims no longer found. */
export interface MergeSummary {
  added: number;
  matched: number;
  orphaned: number;
}

/**
 * Merges a fresh extraction into an article's claims by re-anchoring. A stored claim is matched to
 * a fresh one by its quote selector (same words at the same place), then by the largest overlap.
 * Matched claims keep their id and review and take the extractor's new reading, except the fields
 * a person corrected; hand-made claims keep everything. A stored claim the extractor no longer finds
 * is kept and marked orphaned. Fresh claims that match nothing are added unreviewed.
 */
export function mergeExtraction(article: Article, extracted: readonly ExtractedClaim[], at: Date) {
  const fresh = usableClaims(article.text, extracted);
  const pairs = matchClaims(article.claims, fresh, article.text);
  const matchedFresh = new Set(pairs.values());
  const kept = article.claims.map((old, i) => {
    const j = pairs.get(i);
    return j === undefined ? orphan(old, at) : refresh(old, fresh[j]!, at);
  });
  const uniqueId = uniqueIds(new Set(article.claims.map((c) => c.id)));
  const added = fresh.filter((_, j) => !matchedFresh.has(j)).map((c) => claimFromExtracted({ ...c, id: uniqueId(c.id) }, at));
  const claims = [...kept, ...added].sort(byPosition);
  const summary: MergeSummary = { added: added.length, matched: pairs.size, orphaned: kept.filter((c) => c.orphaned).length };
  return { claims, summary };
}

/** Pairs stored claims (index) with fresh claims (index): exact re-anchoring first, then best overlap. */
function matchClaims(stored: readonly ClaimRecord[], fresh: readonly ExtractedClaim[], text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  const pair = (i: number, j: number) => {
    pairs.set(i, j);
    used.add(j);
  };
  const anchors = stored.map((c) => anchorQuote(text, c.quote, c.start) ?? c);
  anchors.forEach((at, i) => {
    const j = fresh.findIndex((c, k) => !used.has(k) && c.start === at.start && c.end === at.end);
    if (j >= 0) pair(i, j);
  });
  const candidates: { i: number; j: number; score: number }[] = [];
  anchors.forEach((at, i) => {
    if (pairs.has(i)) return;
    fresh.forEach((c, j) => {
      const score = overlap(at, c);
      if (!used.has(j) && score >= MIN_OVERLAP) candidates.push({ i, j, score });
    });
  });
  for (const { i, j } of candidates.sort((a, b) => b.score - a.score)) {
    if (!pairs.has(i) && !used.has(j)) pair(i, j);
  }
  return pairs;
}

function overlap(a: TextRange, b: TextRange): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return inter > 0 && union > 0 ? inter / union : 0;
}

/** A stored claim found again: the extractor's reading, except what a person set. */
function refresh(old: ClaimRecord, found: ExtractedClaim, at: Date): ClaimRecord {
  if (old.origin === "manual") return old;
  const keep = new Set(old.corrected);
  const { speaker, speakerMention, cue, kind, text, start, end, paragraph, quote, rule } = found;
  const patch: Partial<ClaimRecord> = { speakerMention, cue, rule, orphaned: false };
  if (!keep.has("speaker")) patch.speaker = speaker;
  if (!keep.has("kind")) patch.kind = kind;
  if (!keep.has("span")) Object.assign(patch, { text, start, end, paragraph, quote });
  return recordChange(old, { actor: EXTRACTOR, at, action: "reextract", patch });
}

/** A stored claim not found again: kept, and marked orphaned unless a person made it. */
function orphan(old: ClaimRecord, at: Date): ClaimRecord {
  if (old.origin === "manual") return old;
  return recordChange(old, { actor: EXTRACTOR, at, action: "reextract", patch: { orphaned: true } });
}
