import { codeSet, isSpaceCode } from "./normalize.ts";
import { splitParagraphs, type Paragraph } from "./paragraphs.ts";
import { findQuotes, type QuoteSpan } from "./quotes.ts";
import { splitSentences, type Sentence } from "./sentences.ts";

/** A paragraph with what the rules need: its quoted passages, its sentences and whether it is body text. */
export interface LaidOutParagraph extends Paragraph {
  quotes: QuoteSpan[];
  sentences: Sentence[];
  /** Headlines, section headings, captions, bylines and mastheads: short lines with no closing stop. */
  isHeading: boolean;
}

const MAX_HEADING_WORDS = 20;
const MAX_PULL_QUOTE_WORDS = 8;

/** A paragraph ending in one of these reads as body text. */
const BODY_ENDING = codeSet(`.!?؟…"»”:)'’`);
/** A closing quotation mark that may end a headline, and the punctuation that makes it end a sentence instead. */
const CLOSING_MARKS = codeSet(`"”’'»`);
const PUNCTUATION_BEFORE_MARK = codeSet(".!?…,;:");
/** Marks that open a quotation continued from the paragraph before. */
const OPENING_MARKS = codeSet(`"«“”„`);

/**
 * A paragraph that is one quotation with no stop inside it ("ننام على أسطح المنازل") is a pull quote or sub-heading,
 * also after a section number (`3. "Not a good day"`).
 */
function isPullQuote(text: string, quotes: readonly QuoteSpan[], start: number, end: number): boolean {
  const only = quotes.length === 1 ? quotes[0]! : undefined;
  if (only === undefined || only.close !== end - 1 || /[.!?؟…]/.test(text[end - 2] ?? "")) return false;
  const opens = only.open === start || SECTION_NUMBER.test(text.slice(start, only.open));
  return opens && countWordsUpTo(text, start, end, MAX_PULL_QUOTE_WORDS + 1) <= MAX_PULL_QUOTE_WORDS;
}

const TITLE_LINKS = new Set(["a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with", "as", "vs"]);
const MIN_TITLE_WORDS = 4;

/**
 * "Tim Cook On Apple Being ‘Pulled Into The Enterprise’": a line in title case (every Latin word but the
 * small links capitalised) that ends in a quoted phrase with no stop is a headline, not a sentence.
 * Arabic has no capitals, so its lines never qualify.
 */
function isTitleCaseHeadline(text: string, start: number, end: number): boolean {
  if (!endsInQuotedPhrase(text, start, end)) return false;
  const body = text.slice(start, end);
  const word = /\p{L}[\p{L}\p{M}'’-]*/gu; // made here, so its lastIndex walks this paragraph only
  let capitalised = 0;
  // Word by word, so an Arabic line or a sentence stops at its first small word instead of listing them all.
  for (let m = word.exec(body); m !== null; m = word.exec(body)) {
    if (/^\p{Lu}/u.test(m[0])) capitalised++;
    else if (!TITLE_LINKS.has(m[0])) return false;
  }
  return capitalised >= MIN_TITLE_WORDS;
}

/** /[^.!?…,;:]["”’'»]$/ on text[start, end): a closing mark (" ” ’ ' ») right after a word, not after punctuation. */
function endsInQuotedPhrase(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const mark = text.charCodeAt(end - 1);
  const before = text.charCodeAt(end - 2);
  return CLOSING_MARKS.has(mark) && !PUNCTUATION_BEFORE_MARK.has(before);
}

const SECTION_NUMBER = /^\s*(\d{1,2}|[IVX]{1,4})[.)]\s+$/;

/**
 * A paragraph that opens a quotation (" « “ ” „) left open continues someone's words even without a closing stop;
 * a short one whose quotation closes ('"Maersk" warns: …', a pull quote) is still a heading.
 */
function continuesQuote(text: string, quotes: readonly QuoteSpan[], start: number): boolean {
  return OPENING_MARKS.has(text.charCodeAt(start)) && quotes[0]?.open === start && !quotes[0].closed;
}

/** A language's correction of the quotes found in a paragraph (English: passages reopened after a stop). */
export type RefineQuotes = (text: string, quotes: readonly QuoteSpan[], paragraphEnd: number, paragraphStart: number) => QuoteSpan[];

/**
 * Lays out an article into paragraphs, quotes and sentences, all as offsets into the original text.
 * One paragraph at a time, as the rules read them: a long article's layout is never all held at once.
 */
export function* layOut(text: string, refineQuotes?: RefineQuotes): Generator<LaidOutParagraph> {
  for (const { index, start, end } of splitParagraphs(text)) {
    const found = findQuotes(text, start, end);
    const quotes = refineQuotes ? refineQuotes(text, found, end, start) : found;
    // Fields listed, not spread: V8 builds a spread-then-extended object slowly and in dictionary mode.
    yield {
      index,
      start,
      end,
      quotes,
      sentences: splitSentences(text, start, end, quotes),
      isHeading: isHeading(text, quotes, start, end),
    };
  }
}

/**
 * A paragraph of at most MAX_HEADING_WORDS words with no closing stop, a pull quote or a title-case headline.
 * The checks at the paragraph's ends come first: most paragraphs end in a stop and have their words counted by none.
 */
function isHeading(text: string, quotes: readonly QuoteSpan[], start: number, end: number): boolean {
  const noStop = !BODY_ENDING.has(text.charCodeAt(end - 1)) && !continuesQuote(text, quotes, start);
  if (noStop) return isShort(text, start, end);
  if (isPullQuote(text, quotes, start, end)) return true; // a pull quote is shorter than a heading
  return endsInQuotedPhrase(text, start, end) && isShort(text, start, end) && isTitleCaseHeadline(text, start, end);
}

function isShort(text: string, start: number, end: number): boolean {
  return countWordsUpTo(text, start, end, MAX_HEADING_WORDS + 1) <= MAX_HEADING_WORDS;
}

/** Counts whitespace-separated words of text[start, end), stopping early at `limit`. */
function countWordsUpTo(text: string, start: number, end: number, limit: number): number {
  let count = 1;
  for (let i = start; i < end && count < limit; i++) {
    // Each run of spaces counts once (as /\s+/g would match it); isSpaceCode is exactly \s for one character.
    if (isSpaceCode(text.charCodeAt(i)) && !(i > start && isSpaceCode(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}
