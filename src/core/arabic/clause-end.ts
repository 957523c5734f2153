import { cueFormOf } from "./lexicon-index.ts";
import { firstWordFrom } from "../text/tokens.ts";
import { isInAccordanceWith } from "./nominal-claims.ts";
import { gapBefore, hasComma, leadingSupplementBefore, quoteOf, type SentenceView } from "./sentence-view.ts";

const TRAILING_SOURCE = new Set(["بحسب", "حسب", "حسبما", "وفقا", "وفق", "نقلا", "وبحسب", "ووفقا"]);
const CONNECTORS = new Set([
  "و",
  "فيما",
  "بينما",
  "حين",
  "في",
  "كما",
  "حيث",
  "الا",
  "غير",
  "انه",
  "انها",
  "انهم",
  "لكنه",
  "لكنها",
  "ثم",
  "وقد",
  "قد",
  "وكان",
  "وكانت",
  "كان",
  "كانت",
  "التي",
  "الذي",
  "والتي",
  "والذي",
  "الذين",
  "والذين",
  // "…، لكن الوزارة أكدت", "…، غير أن المصدر قال": contrast markers before a new subject
  "لكن",
  "ولكن",
  "غير",
  "بيد",
  "الا",
  "ان",
  // "…، قبل أن يوضح", "…، بعد أن أكد": the temporal clause of the next attribution
  "قبل",
  "بعد",
  // "…، فإنه نبه": the resumptive after a concessive clause
  "فانه",
  "فانها",
  "فانهم",
]);

/**
 * Where reported content starting at `from` ends: the sentence end, or earlier at a semicolon, at
 * "، مضيفًا/مشيرًا…" (a new claim), at "، بحسب…" (its source), or at
 * `limit` (the next attribution's cue, less its connectors "فيما", "و").
 */
export function clauseEnd(view: SentenceView, from: number, limit: number): number {
  let end = Math.min(view.end, limit);
  const semicolon = firstSemicolonOutsideQuotes(view, from, end);
  if (semicolon >= 0 && !continuesAfter(view, semicolon)) end = semicolon;
  for (let j = firstWordFrom(view.tokens, from); j < view.tokens.length && view.tokens[j]!.start < end; j++) {
    const key = view.tokens[j]!.key;
    if (quoteOf(view, j)) continue;
    const commaBefore = hasComma(gapBefore(view, j));
    const source = TRAILING_SOURCE.has(key) && !isInAccordanceWith(view.tokens[j + 1]);
    if (commaBefore && (source || cueFormOf(key)?.tense === "participle" || isWithoutAfterQuote(view, j))) {
      return afterClosingMarks(view.text, view.tokens[j - 1]?.end ?? view.tokens[j]!.start);
    }
  }
  return backOverConnectors(view, end, limit);
}

const WITHOUT = new Set(["دون", "بدون", "ودون"]);

/**
 * "أكد أن "…"، دون أن يحدد موعدا": after a closed quotation, "without (doing)" narrates what the speaker
 * left out; it is the journalist's, not the quoted words. Inside unquoted reported words it may be theirs.
 */
function isWithoutAfterQuote(view: SentenceView, j: number): boolean {
  const at = view.tokens[j]!.key === "من" ? j + 1 : j;
  return WITHOUT.has(view.tokens[at]?.key ?? "") && view.tokens[at + 1]?.key === "ان" && quoteOf(view, j - 1) !== undefined;
}

/** Words that go on with the same statement after a semicolon, as Gulf copy writes it ("…الغرفة؛ من أجل احتجازه"). */
const SAME_STATEMENT = new Set([
  "من",
  "نظرا",
  "لان",
  "بسبب",
  "حيث",
  "ما",
  "مما",
  "اذ",
  "وذلك",
  "ذلك",
  "خاصه",
  "بل",
  "لكن",
  "لكنه",
  "لكنها",
  "الا",
  "حتي",
  "كي",
  "لكي",
]);

function continuesAfter(view: SentenceView, semicolon: number): boolean {
  const next = view.tokens[firstWordFrom(view.tokens, semicolon)];
  return next !== undefined && SAME_STATEMENT.has(next.key);
}

/** The first ؛ or ; in text[from, to) outside quotes, or -1. Read by code: text[i] would build a string for every Arabic letter. */
function firstSemicolonOutsideQuotes(view: SentenceView, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = view.text.charCodeAt(i);
    if ((c === 0x061b || c === 0x3b) && !insideQuote(view, i)) return i;
  }
  return -1;
}

function insideQuote(view: SentenceView, i: number): boolean {
  for (const q of view.quotes) if (q.open < i && i < q.close) return true;
  return false;
}

/** When content runs into the next cue ("…، فيما أعلن…"), drop the connector words before that cue. */
function backOverConnectors(view: SentenceView, end: number, limit: number): number {
  if (end !== limit || limit >= view.end) return end;
  const occasion = leadingSupplementBefore(view, firstWordFrom(view.tokens, limit));
  let j = (occasion >= 0 ? occasion : firstWordFrom(view.tokens, limit)) - 1;
  while (j >= 0 && CONNECTORS.has(view.tokens[j]!.key) && !quoteOf(view, j)) j--;
  return j >= 0 ? Math.min(end, afterClosingMarks(view.text, view.tokens[j]!.end)) : end;
}

/** Extends an end offset over closing quotation marks right after it ("…مبكر»،" ends after »). */
function afterClosingMarks(text: string, end: number): number {
  let e = end;
  while (/[»”“"]/.test(text[e] ?? "")) e++;
  return e;
}
