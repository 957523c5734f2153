import { EN_APPROXIMATORS, EN_FINITE_MARKERS, EN_IRREGULAR_PAST, EN_MEASURE_UNITS, EN_QUANTITY_WORDS } from "../lexicon/en-speaker-words.ts";
import { breaksBefore, type SentenceView } from "./words.ts";

const FINITE = new Set(EN_FINITE_MARKERS);
const IRREGULAR_PAST = new Set(EN_IRREGULAR_PAST);
// "more than 5,000", "fewer than half": a comparison opens a quantity only with "than".
const COMPARATIVES = new Set(["more", "less", "fewer"]);
const BOUNDS = new Set(["least", "most"]);
const APPROXIMATORS = new Set(EN_APPROXIMATORS);
const NUMBER_WORDS = new Set(EN_QUANTITY_WORDS);
const MAX_NOUN_WORDS = 4;
const MEASURE_UNITS = new Set(EN_MEASURE_UNITS);
// "added 2% to its value", "added 15 points in early trading", "added 3 percent on Monday after …"
const MEASURE_PREPOSITIONS = new Set(["to", "in", "on", "at", "from", "after", "by", "over", "since", "during", "for", "before", "as", "while"]);

/**
 * "said more than 15,000 people registered", "reported at least 5,000 people entered", "found nearly half of
 * voters disagree": a that-less complement whose subject is a quantity is a clause when a verb follows the
 * quantity's noun soon. (`more`, `at` alone open objects or adjuncts: "said more", "reported at noon".)
 */
export function opensQuantityClause(view: SentenceView, start: number): boolean {
  const number = quantityNumber(view, start);
  if (number === undefined) return false;
  const words = view.tokens;
  for (let k = number + 1; k < words.length && k - number <= MAX_NOUN_WORDS; k++) {
    const w = words[k]!;
    if (w.quote >= 0 || breaksBefore(view, k)) return false;
    if (FINITE.has(w.key) || IRREGULAR_PAST.has(w.key) || (k > number + 1 && w.key.length > 4 && w.key.endsWith("ed"))) return true;
  }
  return false;
}

/**
 * "The index added more than 2% to close at …", "shares added 40 cents in early trading": a quantity right
 * before a preposition, a unit or the clause's end measures a gain; it is the object of "add", not a subject.
 * ("added 200 to 300 people had fled": a range of numbers is still a subject.)
 */
export function opensMeasure(view: SentenceView, start: number): boolean {
  const number = quantityNumber(view, start);
  if (number === undefined) return false;
  const words = view.tokens;
  const k = MEASURE_UNITS.has(words[number + 1]?.key ?? "") ? number + 2 : number + 1;
  const next = words[k];
  if (!next || breaksBefore(view, k)) return true;
  return MEASURE_PREPOSITIONS.has(next.key) && quantityNumber(view, k + 1) === undefined;
}

/** The index of the number word of a quantity opening at `start` ("at least [5,000]", "more than [half]"). */
function quantityNumber(view: SentenceView, start: number): number | undefined {
  const words = view.tokens;
  const key = words[start]?.key;
  let k = start;
  if (key !== undefined && COMPARATIVES.has(key) && words[start + 1]?.key === "than") k = start + 2;
  else if (key === "at" && BOUNDS.has(words[start + 1]?.key ?? "")) k = start + 2;
  else if (key === "up" && words[start + 1]?.key === "to") k = start + 2;
  else if (key !== undefined && APPROXIMATORS.has(key)) k = start + 1;
  const w = words[k];
  if (!w || w.quote >= 0 || (k > start && breaksBefore(view, k))) return undefined;
  return /^[\d$£€]/.test(w.raw) || NUMBER_WORDS.has(w.key) ? k : undefined;
}
