/**
 * Matching keys for words. Normalisation is for comparison only: it never changes the article text
 * or its offsets (callers keep the original span and compare keys).
 */

/** Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF): NFKC unfolds them. */
function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

/**
 * Folds a word (or phrase) to its matching key: no diacritics, tatweel or bidi controls, one alef,
 * ya for alef maksura, ha for ta marbuta, lower case. Presentation forms are unfolded by NFKC.
 * One pass over character codes: this runs for every word of every article.
 */
export function matchKey(word: string): string {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 || c === 0x60) return foldedKey(word); // the backtick is the one ASCII character folded
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  // Most words are plain lower-case ASCII: they are their own key.
  return upper ? word.toLowerCase() : word;
}

/**
 * matchKey beyond plain ASCII. Runs of characters that fold to themselves are copied as slices, not one by one.
 * A word with a presentation form anywhere is folded again from its NFKC form (`normalized`), met in the same pass.
 */
function foldedKey(text: string, normalized = false): string {
  let key = "";
  let copied = 0; // text[copied, i) folds to itself and is not yet in key
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!normalized && isPresentationForm(c)) return foldedKey(text.normalize("NFKC"), true);
    const folded = c < 0x800 ? FOLD_BELOW_0800[c]! : foldOf(c);
    if (folded === c) continue;
    key += text.slice(copied, i);
    if (folded !== DROPPED) key += folded >= 0 ? String.fromCharCode(folded) : text[i]!.toLowerCase();
    copied = i + 1;
  }
  return copied === 0 ? text : key + text.slice(copied);
}

const DROPPED = -2;

/** What a key makes of code unit c: its folded code, DROPPED, or -1 when c needs Unicode lower-casing. */
function foldOf(c: number): number {
  return isDropped(c) ? DROPPED : foldCode(c);
}

/** foldOf for Latin to Arabic, worked out once: most characters of an Arabic article are answered by one lookup. */
const FOLD_BELOW_0800 = Int32Array.from({ length: 0x800 }, (_, c) => foldOf(c));

/** Diacritics (tashkeel, Quranic marks), tatweel, and invisible format and bidi controls. */
function isDropped(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x0640 ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x061c ||
    c === 0xfeff
  );
}

/** The folded code of c, or -1 when c needs Unicode lower-casing (letters outside ASCII and Arabic). */
function foldCode(c: number): number {
  switch (c) {
    case 0x0623:
    case 0x0625:
    case 0x0622:
    case 0x0671:
      return 0x0627; // أ إ آ ٱ → ا
    case 0x0649:
    case 0x06cc:
      return 0x064a; // ى ی → ي
    case 0x06a9:
      return 0x0643; // ک → ك
    case 0x0629:
      return 0x0647; // ة → ه
    case 0x2019:
    case 0x2018:
    case 0x60:
      return 0x27; // ’ ‘ ` → '
  }
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return c < 0x80 || (c >= 0x0600 && c <= 0x06ff) ? c : -1;
}

/**
 * Whitespace as it arrives (ASCII, non-breaking, thin and ideographic spaces), for a UTF-16 code unit
 * (charCodeAt past the end gives NaN: not a space): exactly the code units
 * /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/ matches, listed, since this is asked of every character of
 * an article (a regex needs a string built per Arabic letter).
 */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return c === 0xa0;
  return (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** . ! ? ؟ ۔: the stops that may end a sentence. */
export function isSentenceStopCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x06d4;
}

/** The first offset in [from, to) that is not a space, or `to`. */
export function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Just past the last offset in [from, to) that is not a space, or `from`. */
export function skipSpacesBack(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Characters that may sit inside a word: letters, marks, digits, tatweel and invisible joiners. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]/u;

/** The code units of `chars`: a character class tested by code (`SET.has(text.charCodeAt(i))`), with no string built per character. */
export function codeSet(chars: string): ReadonlySet<number> {
  const codes = new Set<number>();
  for (let i = 0; i < chars.length; i++) codes.add(chars.charCodeAt(i));
  return codes;
}

/** Whether `pattern` matches each code unit below `end` (1 or 0), worked out once: a character class answered without a string or a regex. */
export function codeTable(pattern: RegExp, end: number): Uint8Array {
  const table = new Uint8Array(end);
  for (let c = 0; c < end; c++) table[c] = pattern.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
}

/** WORD_CHAR for Latin to Arabic (، ٱ ی ک …). */
const WORD_CODE_BELOW_0800 = codeTable(WORD_CHAR, 0x800);

/** WORD_CHAR for a UTF-16 code unit c of text; `ch` (the character) is built only above the table. */
export function isWordCode(c: number, ch?: string): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c < 0x800) return WORD_CODE_BELOW_0800[c] === 1;
  return WORD_CHAR.test(ch ?? String.fromCharCode(c));
}
