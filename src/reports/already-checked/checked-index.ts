import type { Language } from "../../schemas/article.ts";
import type { ClaimRecord } from "../../schemas/claim-record.ts";
import { foldedWords, type CatalogueArticle, type CatalogueClaim, type ClaimCatalogue } from "../claim-catalogue.ts";
import { compatible, jaccard, MATCH_THRESHOLD, MIN_TERMS } from "./claim-similarity.ts";
import { matchTerms, type MatchTerms } from "./match-terms.ts";

/** A claim of another article that was already given a verdict and reads like this one. */
export interface EarlierCheck {
  /** The earlier claim as the catalogue holds it (its verdict, evidence and article are current). */
  entry: CatalogueClaim;
  /** The Jaccard index of the two claims' terms (see claimSimilarity). */
  score: number;
}

/** How many earlier checks are shown per claim. */
export const MAX_EARLIER_CHECKS = 3;

/**
 * The reviewed claims of every article, indexed for "already checked" look-ups. It follows the
 * claim catalogue: each look-up first catches up, and only articles the catalogue read again
 * (a new object for their entries) are re-indexed, so a review changes one article's postings,
 * not the whole index. Matches are worked out when a page asks, never stored: a verdict changed
 * or approved later shows at once, and nothing goes stale in the claim records.
 */
export interface CheckedIndex {
  /**
   * Earlier checks of each of `claims` (of the article `article`), by claim id; claims with none are
   * left out. The same map for the same list of claims while no article changed.
   */
  earlierChecks(article: { id: string; language: Language }, claims: readonly ClaimRecord[]): Promise<ReadonlyMap<string, readonly EarlierCheck[]>>;
  /** How many reviewed claims are indexed (after catching up). */
  size(): Promise<number>;
}

interface IndexedClaim {
  entry: CatalogueClaim;
  terms: MatchTerms;
}

/** A reviewed claim worth indexing: a verdict given, not dismissed, enough words to match on. */
const isReviewed = (entry: CatalogueClaim) => entry.claim.verdict !== null && !entry.claim.dismissed;

export function createCheckedIndex(catalogue: Pick<ClaimCatalogue, "claims">): CheckedIndex {
  /** Terms of claims looked up, per stored record (records are replaced, never changed, so this cannot go stale). */
  const queryTerms = new WeakMap<ClaimRecord, MatchTerms>();
  const termsOf = (claim: ClaimRecord, language: Language) => {
    let terms = queryTerms.get(claim);
    if (!terms) queryTerms.set(claim, (terms = matchTerms(foldedWords(claim.text), language)));
    return terms;
  };
  const byArticle = new Map<string, { ref: CatalogueArticle; docs: IndexedClaim[] }>();
  /** Each term's indexed claims: the candidates of a look-up are the claims sharing a term with it. */
  const postings = new Map<string, Set<IndexedClaim>>();
  let indexed = 0;
  /** The catalogue's list the index was last brought level with, and how many times it changed since start. */
  let indexedEntries: readonly CatalogueClaim[] | null = null;
  let generation = 0;
  /** Earlier checks per list of claims looked up, valid for one generation of the index. */
  const found = new WeakMap<readonly ClaimRecord[], { generation: number; checks: ReadonlyMap<string, readonly EarlierCheck[]> }>();

  const drop = (articleId: string) => {
    for (const doc of byArticle.get(articleId)?.docs ?? []) for (const term of doc.terms.terms) postings.get(term)?.delete(doc);
    indexed -= byArticle.get(articleId)?.docs.length ?? 0;
    byArticle.delete(articleId);
  };

  const add = (ref: CatalogueArticle, entries: readonly CatalogueClaim[]) => {
    const docs = entries.filter(isReviewed).map((entry) => ({ entry, terms: matchTerms(entry.words, ref.language) }));
    const useful = docs.filter((doc) => doc.terms.terms.length >= MIN_TERMS);
    for (const doc of useful) {
      for (const term of doc.terms.terms) {
        const list = postings.get(term);
        if (list) list.add(doc);
        else postings.set(term, new Set([doc]));
      }
    }
    byArticle.set(ref.id, { ref, docs: useful });
    indexed += useful.length;
  };

  /** Brings the index level with the catalogue: re-indexes articles whose entries are new objects. */
  const catchUp = async () => {
    const entries = await catalogue.claims();
    if (entries === indexedEntries) return; // the catalogue hands back the same list while no article changed
    indexedEntries = entries;
    generation++;
    const seen = new Set<string>();
    for (let i = 0; i < entries.length; ) {
      const ref = entries[i]!.article;
      let end = i + 1;
      while (end < entries.length && entries[end]!.article === ref) end++;
      seen.add(ref.id);
      if (byArticle.get(ref.id)?.ref !== ref) {
        drop(ref.id);
        add(ref, entries.slice(i, end));
      }
      i = end;
    }
    for (const id of [...byArticle.keys()]) if (!seen.has(id)) drop(id);
  };

  const lookUp = (articleId: string, terms: MatchTerms): EarlierCheck[] => {
    if (terms.terms.length < MIN_TERMS) return [];
    const shared = new Map<IndexedClaim, number>();
    for (const term of terms.terms) for (const doc of postings.get(term) ?? []) shared.set(doc, (shared.get(doc) ?? 0) + 1);
    const found: EarlierCheck[] = [];
    for (const [doc, count] of shared) {
      if (doc.entry.article.id === articleId) continue;
      const score = jaccard(count, terms.terms.length, doc.terms.terms.length);
      if (score >= MATCH_THRESHOLD && compatible(terms, doc.terms)) found.push({ entry: doc.entry, score });
    }
    return found.sort(approvedThenBest).slice(0, MAX_EARLIER_CHECKS);
  };

  return {
    async earlierChecks(article, claims) {
      await catchUp();
      const known = found.get(claims);
      if (known?.generation === generation) return known.checks;
      const checks = new Map<string, EarlierCheck[]>();
      for (const claim of claims) {
        if (claim.dismissed) continue;
        const earlier = lookUp(article.id, termsOf(claim, article.language));
        if (earlier.length > 0) checks.set(claim.id, earlier);
      }
      found.set(claims, { generation, checks });
      return checks;
    },
    async size() {
      await catchUp();
      return indexed;
    },
  };
}

/** Approved verdicts first (published, an editor stood by them), then the closest, then the most recent. */
function approvedThenBest(a: EarlierCheck, b: EarlierCheck): number {
  const approved = Number(b.entry.claim.status === "approved") - Number(a.entry.claim.status === "approved");
  return approved || b.score - a.score || b.entry.claim.updatedAt.localeCompare(a.entry.claim.updatedAt);
}
