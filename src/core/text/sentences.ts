import { EN_ABBREVIATIONS } from "../lexicon/en-abbreviations.ts";
import { isSpace } from "./normalize.ts";
import type { QuoteSpan } from "./quotes.ts";

/** A sentence inside a paragraph: [start, end) without trailing spaces, end stop included. */
export interface Sentence {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(EN_ABBREVIATIONS);
const SENTENCE_STOP = /[.!?؟۔]/;
const OPENING_MARKS = /["“«＂]/;
const CLOSERS = /["'”»’)\]]/;

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
      }
      continue;
    }
    if (quote && i === quote.close && quote.closed && endsQuotedSentence(text, i, end)) {
      sentences.push({ start: sentenceStart, end: i + 1 });
      sentenceStart = skipSpaces(text, i + 1, end);
      i = sentenceStart - 1;
      continue;
    }
    if (!SENTENCE_STOP.test(text[i]!)) continue;
    let stopEnd = i + 1;
    while (stopEnd < end && (SENTENCE_STOP.test(text[stopEnd]!) || CLOSERS.test(text[stopEnd]!))) stopEnd++;
    if (stopEnd < end && !isSpace(text[stopEnd])) continue;
    if (text[i] === "." && isAbbreviation(text, i, sentenceStart, stopEnd, end)) continue;
    sentences.push({ start: sentenceStart, end: stopEnd });
    sentenceStart = skipSpaces(text, stopEnd, end);
    i = sentenceStart - 1;
  }
  if (sentenceStart < end) sentences.push({ start: sentenceStart, end });
  return sentences;
}

/** The first sentence stop or quotation mark at or after i (end when none): nothing else can end a sentence. */
function nextCandidate(text: string, i: number, end: number): number {
  for (let k = i; k < end; k++) {
    switch (text.charCodeAt(k)) {
      case 0x2e: // .
      case 0x21: // !
      case 0x3f: // ?
      case 0x061f: // ؟
      case 0x06d4: // ۔
      case 0x22: // "
      case 0x201d: // ”
      case 0xbb: // »
      case 0x201c: // “
      case 0xff02: // ＂
        return k;
    }
  }
  return end;
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(text[i])) i++;
  return i;
}

/** `"We won." The crowd cheered.`: a stop just inside a closing mark, then a capital, ends the sentence. */
function endsQuotedSentence(text: string, close: number, end: number): boolean {
  if (!SENTENCE_STOP.test(text[close - 1] ?? "")) return false;
  const next = skipSpaces(text, close + 1, end);
  if (next <= close + 1 || next >= end) return false;
  // `"We won." "It was hard," she said.`: a new quotation opening with a capital starts a sentence too.
  const first = OPENING_MARKS.test(text[next]!) ? (text[next + 1] ?? "") : text[next]!;
  return /\p{Lu}/u.test(first);
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
  while (w > from && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[w]!)) return true;
  if (isArabicInitials(text, w, word)) return true;
  if (!ABBREVIATIONS.has(word)) return false;
  // "in the U.S. The next day…": a dotted country name still ends a sentence before a capital.
  if (word.includes(".")) {
    let n = stopEnd;
    while (n < end && isSpace(text[n])) n++;
    const next = text.slice(n, n + 4);
    return !/^(The|He|She|It|They|We|I|But|In|A|An|On)\b/.test(next);
  }
  return true;
}
