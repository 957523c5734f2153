import { EN_FINITE_MARKERS } from "../lexicon/en-speaker-words.ts";
import { gapHolds, type SentenceView } from "./words.ts";

const FINITE = new Set(EN_FINITE_MARKERS);
const SINGULAR_DETERMINERS = new Set(["a", "an", "this", "another"]);
const PREPOSITIONS = new Set(["of", "for", "on", "in", "with", "about", "from", "by"]);
const MAX_WORDS_AFTER_DETERMINER = 3;

/**
 * "reports" is a verb (`en.verb.reports`) only where a noun cannot stand: inverted after a comma ("…,
 * reports Reuters"), or right after a name ("Reuters reports that …", "As Ana Ruiz reports for the Ledger")
 * when "that" does not open a relative clause ("Police reports that were released …"). "publishes monthly
 * reports that track prices" and "writes reports" are nouns. Word i is "reports".
 */
export function reportsReadsAsVerb(view: SentenceView, i: number): boolean {
  const words = view.tokens;
  if (gapHolds(view, i, ",")) return true;
  const prev = words[i - 1];
  if (!prev?.cap) return false;
  if (words[i + 1]?.key !== "that") return true;
  const after = words[i + 2]?.key ?? "";
  return !FINITE.has(after) && !/ed$/.test(after);
}

/**
 * "…, a new study reports.": a short phrase opened by a singular determiner after a comma, then "reports"
 * ending the sentence. "a"/"this" cannot head the plural noun, so "reports" is the phrase's verb; "…, the
 * annual reports." and "…, a pile of reports." stay nouns. Word i is "reports".
 */
export function closesTrailingSingular(view: SentenceView, i: number): boolean {
  if (i !== view.tokens.length - 1) return false;
  for (let d = i - 1; d >= 0 && i - d <= MAX_WORDS_AFTER_DETERMINER; d--) {
    const key = view.tokens[d]!.key;
    if (PREPOSITIONS.has(key) || gapHolds(view, d + 1, ",;:")) return false;
    if (SINGULAR_DETERMINERS.has(key)) return gapHolds(view, d, ",");
  }
  return false;
}
