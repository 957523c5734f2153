/**
 * Matching keys for words. Normalisation is for comparison only: it never changes the article text
 * or its offsets (callers keep the original span and compare keys).
 */

const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** Diacritics, tatweel and invisible format controls (left out), and letters folded to one form. */
const NEEDS_FOLDING = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFFأإآٱىیکة’‘`]/;
const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;

/**
 * Folds a word (or phrase) to its matching key: no diacritics, tatweel or bidi controls, one alef,
 * ya for alef maksura, ha for ta marbuta, lower case. Presentation forms are unfolded by NFKC.
 */
export function matchKey(word: string): string {
  if (isPlainAscii(word)) return word.toLowerCase();
  const text = PRESENTATION_FORMS.test(word) ? word.normalize("NFKC") : word;
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase();
  return text
    .replace(DROPPED, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/[ىی]/g, "ي")
    .replace(/ک/g, "ك")
    .replace(/ة/g, "ه")
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

/** ASCII without the backtick (the one ASCII character folded): its key is just the lower case. */
function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 || c === 0x60) return false;
  }
  return true;
}

/** Whitespace as it arrives: ASCII, non-breaking, thin and ideographic spaces. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/.test(ch);
}

/** Characters that may sit inside a word: letters, marks, digits, tatweel and invisible joiners. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return isWordCode(ch.charCodeAt(0), ch);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]/u;

/** isWordChar for a UTF-16 code unit c of text; `ch` (the character) is built only outside the fast ranges. */
export function isWordCode(c: number, ch?: string): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0x0621 && c <= 0x064a) return true; // the Arabic letters
  return WORD_CHAR.test(ch ?? String.fromCharCode(c));
}
