import { EN_SENTENCE_FINAL_ABBREVIATIONS, EN_SENTENCE_OPENERS } from "../lexicon/en-abbreviations.ts";
import { EN_REPORTING_VERBS } from "../lexicon/en-reporting-verbs.ts";
import type { QuoteSpan } from "../text/quotes.ts";
import type { Sentence } from "../text/sentences.ts";
import { firstQuoteEndingFrom, firstQuoteFrom } from "./words.ts";

// "voted no. She said …": an abbreviation that is also a word, its stop, spaces, then a sentence opener.
const ENDING = new RegExp(`\\b(?:${EN_SENTENCE_FINAL_ABBREVIATIONS.join("|")})\\.\\s+(?=(?:${EN_SENTENCE_OPENERS.join("|")})\\b)`, "giy");
const FIRST_LETTERS = new Set(EN_SENTENCE_FINAL_ABBREVIATIONS.map((a) => a[0]!));

/**
 * Splits the shared layer's sentences where an abbreviation that is also a word ends one: the shared
 * splitter keeps "No. 5" together, so "The council voted no. She said …" arrives as one sentence.
 * Never splits inside a quoted passage. Returns the input array when nothing splits.
 */
export function splitAtWordAbbreviations(text: string, sentences: readonly Sentence[], quotes: readonly QuoteSpan[]): readonly Sentence[] {
  let out: Sentence[] | undefined;
  sentences.forEach((sentence, s) => {
    let start = sentence.start;
    // Only a full stop can end one: jump between them.
    for (let i = text.indexOf(".", sentence.start); i >= 0 && i < sentence.end - 3; i = text.indexOf(".", i + 1)) {
      const from = wordStart(text, i);
      if (!FIRST_LETTERS.has(text[from]!.toLowerCase()) || (from > 0 && text[from - 1] === ".")) continue;
      ENDING.lastIndex = from;
      const m = ENDING.exec(text);
      if (!m || from + m[0].length >= sentence.end || insideQuote(quotes, i)) continue;
      out ??= sentences.slice(0, s);
      out.push({ start, end: i + 1 });
      start = from + m[0].length;
    }
    if (out) out.push(start === sentence.start ? sentence : { start, end: sentence.end });
  });
  return out ?? sentences;
}

function wordStart(text: string, stop: number): number {
  let i = stop;
  while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return i;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function insideQuote(quotes: readonly QuoteSpan[], at: number): boolean {
  return quotes.some((q) => q.open < at && at < q.close);
}

const CUE_WORDS = new Set(EN_REPORTING_VERBS.flatMap((verb) => verb.forms.filter((form) => !form.includes(" "))));
const MAX_FRAME_WORDS = 10;
const MAX_WORDS_BEFORE_CUE = 5;

/**
 * Joins a quoted question or exclamation to the attribution frame that the shared splitter cut off
 * after it: `"Why now?" Forte asked.` arrives as two sentences, because "?" and a capital end one.
 * The frame must be short, hold no quotation and name a reporting verb among its first words.
 */
export function joinQuestionFrames(text: string, sentences: readonly Sentence[], quotes: readonly QuoteSpan[]): readonly Sentence[] {
  let out: Sentence[] | undefined;
  sentences.forEach((sentence, s) => {
    const previous = out ? out[out.length - 1] : sentences[s - 1];
    if (previous && endsInQuotedQuestion(text, previous, quotes) && isFrame(text, sentence, quotes)) {
      out ??= sentences.slice(0, s);
      out[out.length - 1] = { start: previous.start, end: sentence.end };
      return;
    }
    out?.push(sentence);
  });
  return out ?? sentences;
}

function endsInQuotedQuestion(text: string, sentence: Sentence, quotes: readonly QuoteSpan[]): boolean {
  const close = sentence.end - 1;
  if (!/[?!]/.test(text[close - 1] ?? "")) return false;
  const q = quotes[firstQuoteEndingFrom(quotes, close)];
  return q?.closed === true && q.close === close;
}

function isFrame(text: string, sentence: Sentence, quotes: readonly QuoteSpan[]): boolean {
  const q = quotes[firstQuoteFrom(quotes, sentence.start)];
  if (q && q.open < sentence.end) return false;
  const words = text.slice(sentence.start, sentence.end).split(/\s+/);
  if (words.length > MAX_FRAME_WORDS) return false;
  return words.slice(0, MAX_WORDS_BEFORE_CUE + 1).some((w) => CUE_WORDS.has(w.replace(/[^\p{L}]/gu, "").toLowerCase()));
}
