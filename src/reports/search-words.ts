import { tokenize } from "../core/text/tokens.ts";
import { foldedWords } from "./claim-catalogue.ts";

/**
 * How a search word matches a word of a claim, speaker or title. Both sides are matching keys
 * (src/core/text/normalize.ts: no diacritics, tatweel or bidi controls; أ إ آ ٱ → ا, ى → ي,
 * ة → ه; lower case), so `أكّد`, `اكد` and `أكـــد` are one word.
 *
 * - A search word matches a word that starts with it: `reopen` finds "reopened", `صحف` finds
 *   "صحفية". A one-letter search word must equal the word (else it would match everything).
 * - Arabic clitics written on the word are tolerated: the word is also tried without a leading
 *   conjunction (و ف), then preposition (ب ل ك), then article (ال), and `لل` is read as ل + ال;
 *   so `حكومة` finds "والحكومة", "بالحكومة" and "للحكومة". What is left must keep 2 letters.
 * - A search word's own `ال` is optional: `الحكومة` also finds "حكومة" (as in "حكومة كازاخستان").
 * Stripping is by form, not by meaning, so `زير` finds "وزير" too: a search can over-match a
 * little, never miss a word because of a clitic.
 */

/** The forms of a search word that are looked for. */
export interface SearchWord {
  /** The word as folded. */
  key: string;
  /** The folded forms a claim's word may start with (its own `ال` dropped, when present). */
  forms: readonly string[];
}

const CONJUNCTIONS = ["و", "ف"];
const PREPOSITIONS = ["ب", "ل", "ك"];
const ARTICLE = "ال";
/** A stripped form shorter than this is not a word any more. */
const MIN_STEM = 2;

/** The words of a search text, folded; repeated words once. */
export function searchWords(text: string): SearchWord[] {
  const keys = [...new Set(foldedWords(text))];
  return keys.map((key) => ({ key, forms: key.startsWith(ARTICLE) && key.length - ARTICLE.length >= MIN_STEM ? [key, key.slice(2)] : [key] }));
}

/** A word of the text and its forms without clitics (the word itself first). */
export function wordStems(key: string): string[] {
  const stems = [key];
  const add = (form: string) => {
    if (form.length >= MIN_STEM && !stems.includes(form)) stems.push(form);
  };
  for (const c of CONJUNCTIONS) if (key.startsWith(c)) add(key.slice(1));
  for (const form of [...stems]) {
    for (const p of PREPOSITIONS) if (form.startsWith(p)) add(form.slice(1));
    if (form.startsWith("لل")) add(ARTICLE + form.slice(2));
  }
  for (const form of [...stems]) if (form.startsWith(ARTICLE)) add(form.slice(2));
  return stems;
}

/** Whether `word` (a search word) matches one of `stems` (a text word's stems, from wordStems). */
export function matchesStems(word: SearchWord, stems: readonly string[]): boolean {
  if (word.key.length < MIN_STEM) return stems[0] === word.key;
  return word.forms.some((form) => stems.some((stem) => stem.startsWith(form)));
}

/** A piece of shown text, marked when it is a word the search matched. */
export interface TextPiece {
  text: string;
  hit: boolean;
}

/**
 * The text cut into pieces, the words that `words` match marked, for highlighting. The pieces
 * join to the text exactly as written (folding is for matching only); no markup is made here.
 */
export function highlightPieces(text: string, words: readonly SearchWord[]): TextPiece[] {
  if (words.length === 0) return [{ text, hit: false }];
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    const stems = wordStems(token.key);
    if (!words.some((w) => matchesStems(w, stems))) continue;
    if (token.start > at) pieces.push({ text: text.slice(at, token.start), hit: false });
    pieces.push({ text: token.raw, hit: true });
    at = token.end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}
