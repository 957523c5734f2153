/**
 * Matching keys for words. Normalisation is for comparison only: it never changes the article text
 * or its offsets (callers keep the original span and compare keys).
 */

const DIACRITICS_AND_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const FORMAT_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;

/** Folds a word (or phrase) to its matching key: no diacritics, tatweel or bidi controls, one alef, ya for alef maksura, ha for ta marbuta, lower case. */
export function matchKey(word: string): string {
  return word
    .normalize("NFKC")
    .replace(DIACRITICS_AND_TATWEEL, "")
    .replace(FORMAT_CONTROLS, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ی/g, "ي")
    .replace(/ک/g, "ك")
    .replace(/ة/g, "ه")
    .replace(/[\u2019\u2018`]/g, "'")
    .toLowerCase();
}

/** Whitespace as it arrives: ASCII, non-breaking, thin and ideographic spaces. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/.test(ch);
}

/** Characters that may sit inside a word: letters, marks, digits, tatweel and invisible joiners. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]/u.test(ch);
}
