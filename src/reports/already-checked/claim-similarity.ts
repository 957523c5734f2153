import type { MatchTerms } from "./match-terms.ts";

/**
 * How similar two claims must be to count as "checked before": the Jaccard index of their terms
 * (shared terms over all terms). In the tables of tests/checked/similarity-pairs.ts paraphrases
 * (reordered, a word or tense changed, an aside added, clitics) score 0.63–1 and different claims
 * about the same story 0.2–0.5 ("Russian peacekeepers arrived" / "… withdrew": 0.5), so the line
 * sits between them. Lower, the desk would see a claim's neighbours on every page; higher,
 * paraphrases with an aside or a changed verb are missed.
 */
export const MATCH_THRESHOLD = 0.55;

/** Claims with fewer terms than this say too little to match on ("he denied it"). */
export const MIN_TERMS = 3;

/**
 * The similarity of two claims, 0 … 1: the Jaccard index of their terms, or 0 when they cannot be
 * the same claim — one negated and the other not, or both stating numbers and not the same ones —
 * or when either has fewer than MIN_TERMS terms.
 * A claim without numbers may match one with numbers (the figure left out of a paraphrase).
 */
export function claimSimilarity(a: MatchTerms, b: MatchTerms): number {
  if (a.terms.length < MIN_TERMS || b.terms.length < MIN_TERMS || !compatible(a, b)) return 0;
  const shorter = a.terms.length <= b.terms.length ? a.terms : b.terms;
  const longer = new Set(shorter === a.terms ? b.terms : a.terms);
  const shared = shorter.filter((t) => longer.has(t)).length;
  return jaccard(shared, a.terms.length, b.terms.length);
}

/** The Jaccard index from the sizes: shared / (|a| + |b| − shared); 0 for two empty sets. */
export function jaccard(shared: number, sizeA: number, sizeB: number): number {
  const union = sizeA + sizeB - shared;
  return union === 0 ? 0 : shared / union;
}

/** Same polarity, and the same numbers when both state any. */
export function compatible(a: MatchTerms, b: MatchTerms): boolean {
  if (a.negated !== b.negated) return false;
  if (a.numbers.length === 0 || b.numbers.length === 0) return true;
  return a.numbers.length === b.numbers.length && a.numbers.every((n, i) => n === b.numbers[i]);
}
