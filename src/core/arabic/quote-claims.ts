import { spanOf } from "../build-claim.ts";
import { firstWordFrom } from "../text/tokens.ts";
import type { QuoteSpan } from "../text/quotes.ts";
import type { Attribution } from "./attribution.ts";
import { cueFormOf } from "./lexicon-index.ts";
import { gapBefore, hasComma, quoteWordCount, type SentenceView, mentionRange, wordsSpan } from "./sentence-view.ts";
import type { Entity, SpeakerRegistry } from "./speaker-registry.ts";
import { isNameQuote, readSpeakerAfter } from "./speaker-phrase.ts";
import { resolvePhrase } from "./resolve-phrase.ts";

const IN_HIS_WORDS = new Set(["قوله", "قولها", "تعبيره", "تعبيرها", "وصفه", "وصفها", "قولهم", "تعبيرهم"]);
const MIN_FLOATING_WORDS = 4;
const THUS = new Set(["هكذا", "بهذه", "بهذا"]);

/** «…»، قال الوزير. / «…»، على حد تعبيره. / «…»، يقول فلان: a quotation whose cue follows it. */
export function quoteThenCue(view: SentenceView, quote: QuoteSpan, registry: SpeakerRegistry): Attribution | undefined {
  const after = firstWordFrom(view.tokens, quote.close + 1);
  const j = THUS.has(view.tokens[after]?.key ?? "") ? after + 1 : after; // "«…»، هكذا علق المتحدث"
  const word = view.tokens[j];
  const inside = firstWordFrom(view.tokens, quote.open + 1);
  if (!word || quoteWordCount(view, quote) < 3 || isNameQuote(view, inside)) return undefined;
  // "«…» يعلق أحد الغاضبين": with no comma after the quotation it must open its sentence or clause.
  if (!hasComma(gapBefore(view, after)) && !isSetOff(view, quote)) return undefined;
  const direct = { contentStart: quote.open, contentEnd: quote.close + 1 };
  if (word.key === "علي" && view.tokens[j + 1]?.key === "حد" && IN_HIS_WORDS.has(view.tokens[j + 2]?.key ?? "")) {
    const gender = /ها$/.test(view.tokens[j + 2]!.key) ? "f" : "m";
    const speaker = registry.implicit(gender);
    return speaker && { cue: wordsSpan(view, j, j + 2), speaker, ...direct, rule: "ar.quote-then-cue.in-his-words" };
  }
  const wordsOf = wordsOfNoun(view, j);
  if (wordsOf >= 0) {
    const phrase = readSpeakerAfter(view, wordsOf + 1, new Set());
    const speaker = phrase && resolvePhrase(view, phrase, undefined, registry);
    const mention = phrase && mentionRange(view, phrase.first, phrase.last);
    return speaker && { cue: wordsSpan(view, wordsOf), speaker, mention, ...direct, rule: "ar.quote-then-cue.words-of" };
  }
  const cue = cueFormOf(word.key);
  if (!cue || cue.tense === "participle") return undefined;
  const phrase = readSpeakerAfter(view, j + 1, new Set());
  const speaker: Entity | undefined = phrase ? resolvePhrase(view, phrase, cue, registry) : registry.implicit(cue.gender);
  if (!speaker) return undefined;
  const mention = phrase && mentionRange(view, phrase.first, phrase.last);
  return { cue: wordsSpan(view, j), speaker, mention, ...direct, rule: "ar.quote-then-cue" };
}

/** A paragraph that opens with a quotation and names no speaker continues the previous speaker's words. */
export function floatingQuote(view: SentenceView, quote: QuoteSpan, previous: Entity): Attribution | undefined {
  if (quote.open !== view.start || quoteWordCount(view, quote) < MIN_FLOATING_WORDS) return undefined;
  return {
    cue: spanOf(view.text, quote.open, quote.open),
    speaker: previous,
    contentStart: quote.open,
    contentEnd: quote.close + 1,
    rule: "ar.floating-quote",
  };
}

/** A quotation that opens its sentence or follows a comma or colon: it stands on its own, outside any clause before it. */
export function isSetOff(view: SentenceView, quote: QuoteSpan): boolean {
  const before = firstWordFrom(view.tokens, quote.open);
  return before === 0 || /[،,:]/.test(gapBefore(view, before));
}

const WAS = new Set(["كانت", "كان"]);
const THAT_ONE = new Set(["تلك", "هذه", "ذلك", "هذا"]);
const WORDS_NOUNS = new Set(["عباره", "كلمات", "كلمه", "تعليق", "جواب", "رد", "تعبير"]);

/** "«…»، كانت تلك عبارة الأمين العام": the index of the noun ("عبارة", "كلمات") whose owner said the quotation, or -1. */
function wordsOfNoun(view: SentenceView, j: number): number {
  let k = j;
  if (WAS.has(view.tokens[k]?.key ?? "")) k++;
  if (!THAT_ONE.has(view.tokens[k]?.key ?? "")) return -1;
  return WORDS_NOUNS.has(view.tokens[k + 1]?.key ?? "") ? k + 1 : -1;
}
