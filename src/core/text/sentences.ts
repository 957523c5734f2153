import { EN_ABBREVIATIONS } from "../lexicon/en-abbreviations.ts";
import { codeSet, codeTable, isSentenceStopCode, isSpaceCode, skipSpaces } from "./normalize.ts";
import type { QuoteSpan } from "./quotes.ts";
import { firstOf } from "./scan.ts";

/** A sentence inside a paragraph: [start, end) without trailing spaces, end stop included. */
export interface Sentence {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(EN_ABBREVIATIONS);
const LONGEST_ABBREVIATION = Math.max(1, ...EN_ABBREVIATIONS.map((abbreviation) => abbreviation.length));
const UPPER_CASE = /\p{Lu}/u;
const LETTER_OR_DOT = /[\p{L}.]/u;

/**
 * Splits a paragraph into sentences at . ! ? ؟ followed by a space (or the end), never inside a quoted
 * passage and never after an abbreviation such as "Mr." or "Sen." or a single initial ("J. Smith").
 */
export function splitSentences(text: string, start: number, end: number, quotes: readonly QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = start;
  let q = 0;
  for (let i = start; i < end; i++) {
    i = nextCandidate(text, i, end);
    if (i >= end) break;
    while (q < quotes.length && quotes[q]!.close < i) q++;
    const quote = quotes[q];
    if (quote && quote.open < i && i < quote.close) {
      // A passage left open before the paragraph's end (continued by a new mark) ends its sentence there.
      if (!quote.closed && quote.close < end) {
        sentences.push({ start: sentenceStart, end: quote.close });
        sentenceStart = skipSpaces(text, quote.close, end);
        i = sentenceStart - 1;
      } else {
        i = quote.close - 1; // nothing inside the passage ends a sentence: go on from its closing mark
      }
      continue;
    }
    if (quote && i === quote.close && quote.closed && endsQuotedSentence(text, i, end)) {
      sentences.push({ start: sentenceStart, end: i + 1 });
      sentenceStart = skipSpaces(text, i + 1, end);
      i = sentenceStart - 1;
      continue;
    }
    if (!isSentenceStopCode(text.charCodeAt(i))) continue;
    let stopEnd = i + 1;
    while (stopEnd < end && (isSentenceStopCode(text.charCodeAt(stopEnd)) || CLOSERS.has(text.charCodeAt(stopEnd)))) stopEnd++;
    if (stopEnd < end && !isSpaceCode(text.charCodeAt(stopEnd))) continue;
    if (text.charCodeAt(i) === 0x2e && isAbbreviation(text, i, sentenceStart, stopEnd, end)) continue;
    sentences.push({ start: sentenceStart, end: stopEnd });
    sentenceStart = skipSpaces(text, stopEnd, end);
    i = sentenceStart - 1;
  }
  if (sentenceStart < end) sentences.push({ start: sentenceStart, end });
  return sentences;
}

/** Sentence stops and the quotation marks that may close a passage (. ! ? ؟ ۔ " ” » “ ＂): nothing else can end a sentence. */
const CANDIDATE = /[.!?؟۔"”»“＂]/;

/** The first candidate at or after i (end when none). */
function nextCandidate(text: string, i: number, end: number): number {
  return firstOf(CANDIDATE, text, i, end);
}

/** Marks that may follow a stop inside its sentence. */
const CLOSERS = codeSet(`"'”»’)]`);
/** A quotation opening. */
const OPENING_MARKS = codeSet(`"“«＂`);

/** /\p{Lu}/u for the code unit at i, answered without a string for ASCII. */
function isUpperCaseAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return i < text.length && UPPER_CASE.test(text[i]!);
}

const LETTER_OR_DOT_BELOW_0800 = codeTable(LETTER_OR_DOT, 0x800);

/** /[\p{L}.]/u for a code unit, answered without a string below U+0800 (Latin to Arabic). */
function isLetterOrDotCode(c: number): boolean {
  if (c < 0x800) return LETTER_OR_DOT_BELOW_0800[c] === 1;
  return LETTER_OR_DOT.test(String.fromCharCode(c));
}

/** `"We won." The crowd cheered.`: a stop just inside a closing mark, then a capital, ends the sentence. */
function endsQuotedSentence(text: string, close: number, end: number): boolean {
  if (!isSentenceStopCode(text.charCodeAt(close - 1))) return false;
  const next = skipSpaces(text, close + 1, end);
  if (next <= close + 1 || next >= end) return false;
  // `"We won." "It was hard," she said.`: a new quotation opening with a capital starts a sentence too.
  return isUpperCaseAt(text, OPENING_MARKS.has(text.charCodeAt(next)) ? next + 1 : next);
}

/** "د", "م", "أ.د", "ر.م.ع": an Arabic title shortened to single letters (the last dot is left out). */
export const ARABIC_INITIALS = /^\p{Script=Arabic}(\.\p{Script=Arabic})*$/u;

/**
 * "د. أحمد", "م. خالد", "أ.د. سالم": Arabic titles shortened to single letters with dots. A letter
 * fused to a number ("عام 2024م.") is a year's era and still ends its sentence.
 */
function isArabicInitials(text: string, w: number, word: string): boolean {
  return ARABIC_INITIALS.test(word) && !/[0-9\u0660-\u0669]/.test(text[w - 1] ?? "");
}

function isAbbreviation(text: string, dot: number, from: number, stopEnd: number, end: number): boolean {
  let w = dot;
  let dotted = false;
  while (w > from && isLetterOrDotCode(text.charCodeAt(w - 1))) {
    w--;
    if (text.charCodeAt(w) === 0x2e) dotted = true;
  }
  // Most sentences end in a word longer than any abbreviation, with no dot inside: not an initial, not Arabic
  // initials, not in the list. Said without building the lower-case word.
  if (dot - w > LONGEST_ABBREVIATION && !dotted) return false;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 1 && isUpperCaseAt(text, w)) return true;
  if (isArabicInitials(text, w, word)) return true;
  if (!ABBREVIATIONS.has(word)) return false;
  // "in the U.S. The next day…": a dotted country name still ends a sentence before a capital.
  if (word.includes(".")) {
    const n = skipSpaces(text, stopEnd, end);
    const next = text.slice(n, n + 4);
    return !/^(The|He|She|It|They|We|I|But|In|A|An|On)\b/.test(next);
  }
  return true;
}
