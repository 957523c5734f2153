import {
  EN_ADJUNCT_PREPOSITIONS,
  EN_DETERMINERS,
  EN_FINITE_MARKERS,
  EN_GROUP_NOUNS,
  EN_IRREGULAR_PAST,
  EN_LEADING_FILLERS,
  EN_ORG_NOUNS,
  EN_PLACE_CLOSERS,
  EN_PLACE_OPENERS,
  EN_PRONOUNS,
  EN_SUBORDINATORS,
  EN_TIME_WORDS,
} from "../lexicon/en-speaker-words.ts";
import { nounKey, type SpeakerPhrase } from "./speaker-phrase.ts";
import { breaksBefore, gapBefore, type SentenceView, type Word } from "./words.ts";

const MAX_NAME_WORDS = 4;
const MAX_DESCRIPTION_WORDS = 3;
const MAX_APPOSITIVE_WORDS = 12;
const DETERMINERS = new Set(EN_DETERMINERS);
const VERBS = new Set([...EN_FINITE_MARKERS, ...EN_IRREGULAR_PAST]);
// Words that are not a description of a name after them ("at Fisherman's Terminal", "and Jane", "when Smith").
const FUNCTION_WORDS = new Set([
  ...EN_ADJUNCT_PREPOSITIONS,
  ...EN_SUBORDINATORS,
  ...EN_LEADING_FILLERS,
  ...EN_DETERMINERS,
  ...Object.keys(EN_PRONOUNS),
  ...EN_TIME_WORDS,
  "of",
  "for",
  "by",
  "with",
  "about",
  "against",
  "into",
  "than",
  "like",
  "i",
  "we",
  "you",
]);
const PLACE_OPENERS = new Set(EN_PLACE_OPENERS);
const PLACE_CLOSERS = new Set(EN_PLACE_CLOSERS);
const SOURCE_NOUNS = new Set([...EN_ORG_NOUNS, ...EN_GROUP_NOUNS]);
// "while", "and", "because": a clause starts after them ("with", "amid" open a phrase, not a clause).
const CLAUSE_OPENERS = new Set([...EN_SUBORDINATORS, ...EN_LEADING_FILLERS].filter((k) => !/^(with|without|amid|despite)$/.test(k)));
// Lower-case words after a name that are not its verb although they end in "s" ("Smith's", "Jones has" is a verb).
const NOT_VERBS = /(ss|us|is|'s|’s)$/;

/**
 * Named subjects of clauses in narration, in text order: "…, skipper Wade Bassi has better insight",
 * "— Bassi, 43 years a fisherman, keeps an eye …". A name (capitalised words, maybe after a short
 * lower-case description) counts when it opens a clause (at the sentence start, after clause
 * punctuation or a conjunction) and its verb follows it, directly or after an appositive between commas.
 * A name after a preposition or a verb is an object, not a subject, and is left out; so is a place or a
 * storm ("San Jose has", "Hurricane Maria struck"), whose given name says nothing about a gender.
 * The words are the description and the name; which of them is a person is for the caller to judge.
 */
export function narratedSubjects(view: SentenceView): SpeakerPhrase[] {
  const words = view.tokens;
  const found: SpeakerPhrase[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cap || words[i]!.quote >= 0 || FUNCTION_WORDS.has(words[i]!.key)) continue;
    let last = i;
    while (last + 1 < words.length && last - i < MAX_NAME_WORDS && words[last + 1]!.cap && words[last + 1]!.quote < 0 && !breaksBefore(view, last + 1)) last++;
    const first = descriptionStart(view, i);
    if (!namesPlace(words, i, last) && opensClause(view, first) && !/['’]s$/.test(words[last]!.key) && verbFollows(view, last)) found.push({ first, last });
    i = last;
  }
  return found;
}

/** Where the phrase with name word i starts: i itself, or up to three lower-case words before it that may describe it ("halibut skipper"). */
function descriptionStart(view: SentenceView, i: number): number {
  const words = view.tokens;
  let first = i;
  while (first > 0 && i - first < MAX_DESCRIPTION_WORDS && !breaksBefore(view, first)) {
    const w = words[first - 1]!;
    if (w.quote >= 0 || w.cap || FUNCTION_WORDS.has(w.key) || isVerb(w.key) || w.key.endsWith("ing")) break;
    first--;
  }
  return first;
}

/** The phrase starts the sentence, follows clause punctuation, or follows a conjunction ("while", "and"). */
function opensClause(view: SentenceView, first: number): boolean {
  if (first === 0 || breaksBefore(view, first)) return true;
  const previous = view.tokens[first - 1]!;
  return previous.quote < 0 && CLAUSE_OPENERS.has(previous.key);
}

/** A verb follows name word `last`, directly or after an appositive between commas ("Bassi, 43, keeps"). */
function verbFollows(view: SentenceView, last: number): boolean {
  const words = view.tokens;
  let next = last + 1;
  if (next < words.length && /^\s*,\s*$/.test(gapBefore(view, next))) {
    let close = next;
    while (close < words.length && close - next < MAX_APPOSITIVE_WORDS && words[close]!.quote < 0 && !(close > next && breaksBefore(view, close))) close++;
    if (close >= words.length || close - next >= MAX_APPOSITIVE_WORDS || !/^\s*,\s*$/.test(gapBefore(view, close))) return false;
    next = close;
  } else if (breaksBefore(view, next)) return false;
  // "Benioff intimately understands …", "Ruiz later told …": an adverb may stand between the name and its verb.
  if (isAdverb(words[next]) && next + 1 < words.length && !breaksBefore(view, next + 1)) next++;
  const w = words[next];
  return w !== undefined && w.quote < 0 && !w.cap && !DETERMINERS.has(w.key) && (isVerb(w.key) || (w.key.endsWith("s") && !NOT_VERBS.test(w.key)));
}

const CLAUSE_ADVERBS = new Set(["also", "later", "then", "still", "often", "never", "once", "now", "again"]);

function isAdverb(w: Word | undefined): boolean {
  return w !== undefined && w.quote < 0 && !w.cap && (CLAUSE_ADVERBS.has(w.key) || (w.key.length > 4 && w.key.endsWith("ly") && !w.key.endsWith("ply")));
}

function isVerb(key: string): boolean {
  return VERBS.has(key) || (key.endsWith("ed") && key.length > 4);
}

/**
 * Words [first, last] name a place or a storm ("San Jose", "Jackson County", "Hurricane Maria"), not a
 * person; a body named after a place ("West Mercia Police", "New York City Council") is not a place.
 */
export function namesPlace(words: readonly Word[], first: number, last: number): boolean {
  if (SOURCE_NOUNS.has(nounKey(words[last]!.key))) return false;
  return PLACE_OPENERS.has(words[first]!.key) || PLACE_CLOSERS.has(words[last]!.key);
}

const MARKET_HEADS = new Set(["shares", "profits", "profit", "sales", "stock", "earnings", "revenues", "revenue"]);
const MARKET_LINKS = new Set(["in", "at", "of"]);

/**
 * "Shares in Harwood & Lyle fell 9%", "Profits at Tesco rose": business copy names the company inside the
 * sentence's subject, and a later "the retailer said" means it. The capitalised name after the link.
 */
export function marketSubject(view: SentenceView): SpeakerPhrase | undefined {
  const words = view.tokens;
  if (!MARKET_HEADS.has(words[0]?.key ?? "") || !MARKET_LINKS.has(words[1]?.key ?? "") || !words[2]?.cap || words[2].quote >= 0) return undefined;
  let last = 2;
  while (last + 1 < words.length && last - 2 < MAX_NAME_WORDS && words[last + 1]!.cap && words[last + 1]!.quote < 0 && !breaksBefore(view, last + 1)) last++;
  return /['’]s$/.test(words[last]!.raw) ? undefined : { first: 2, last };
}
