import { EN_FINITE_MARKERS, EN_ISSUING_PARTICIPLES, EN_NOT_SOURCES, EN_TIME_WORDS } from "../lexicon/en-speaker-words.ts";
import { breaksBefore, gapHolds, type SentenceView } from "./words.ts";
import { isVerbLike, type SpeakerPhrase } from "./speaker-phrase.ts";

/** "According to X, …" or "…, according to X": the source phrase, the cue words and the host clause as offsets. */
export interface AccordingTo {
  cueFirst: number;
  cueLast: number;
  speaker: SpeakerPhrase;
  start: number;
  end: number;
}

const NOT_SOURCES = new Set(EN_NOT_SOURCES);
const MAX_SOURCE_WORDS = 14;
const RELATIVE_WORDS = new Set(["who", "whose", "which", "that"]);
const FINITE = new Set(EN_FINITE_MARKERS);
const TIME_WORDS = new Set(EN_TIME_WORDS);
const MAX_APPOSITIVE_WORDS = 16;

/** Finds an according-to attribution in a sentence; the content is the host clause without the phrase. */
export function findAccordingTo(view: SentenceView): AccordingTo | undefined {
  const words = view.tokens;
  const at = words.findIndex((w, i) => w.key === "according" && w.quote < 0 && words[i + 1]?.key === "to");
  if (at < 0 || at + 2 >= words.length) return undefined;
  const first = at + 2;
  if (NOT_SOURCES.has(words[first]!.key) || words[first]!.quote >= 0) return undefined;
  let last = first;
  // "according to a programmer who has released …": a relative clause is not part of the source's name.
  while (
    last + 1 < words.length &&
    last - first < MAX_SOURCE_WORDS &&
    words[last + 1]!.quote < 0 &&
    !breaksBefore(view, last + 1) &&
    !RELATIVE_WORDS.has(words[last + 1]!.key) &&
    !(opensTime(view, last + 1) && !ISSUING.has(words[last]!.key))
  )
    last++;
  const speaker = { first, last };
  const after = pastTime(view, last + 1);
  const opening = at === 0 || words.slice(0, at).every((w) => /^(but|and|yet|still|however|also)$/.test(w.key));
  if (opening) {
    if (after >= words.length) return undefined;
    return { cueFirst: at, cueLast: at + 1, speaker, start: words[after]!.start, end: view.end };
  }
  if (!gapHolds(view, at, ",(—–")) return undefined;
  const closesSentence = after >= words.length || RELATIVE_WORDS.has(words[after]!.key) || appositiveTail(view, at, after);
  const gapStart = words[at - 1]!.end;
  const end = closesSentence ? gapStart : view.end;
  return { cueFirst: at, cueLast: at + 1, speaker, start: view.start, end };
}

/**
 * "…, according to Mike Hill, chief economist at Acme Bank.": the words before the phrase make a clause and,
 * after a comma, the words to the sentence end hold no finite verb (a participle such as "based in Leeds"
 * may describe the source), so the phrase closes the sentence. In "Mr Hill, according to his lawyer, has
 * done nothing wrong" the clause goes on.
 */
function appositiveTail(view: SentenceView, at: number, from: number): boolean {
  const words = view.tokens;
  if (!gapHolds(view, from, ",") || words.length - from > MAX_APPOSITIVE_WORDS || !hasVerb(view, 0, at)) return false;
  for (let k = from; k < words.length; k++) {
    const w = words[k]!;
    if (w.quote >= 0 || (!w.cap && (FINITE.has(w.key) || (isVerbLike(w.key) && !w.key.endsWith("ed"))))) return false;
  }
  return true;
}

const TIME_OPENERS = new Set(["on", "last", "this", "earlier", "late", "in"]);

// "figures released on Monday": a date right after the participle is the document's own.
const ISSUING = new Set(EN_ISSUING_PARTICIPLES);

/** "…released by the ministry [on Sunday]": a time phrase ends the source ("in" only before a month or a year). */
function opensTime(view: SentenceView, i: number): boolean {
  const words = view.tokens;
  const next = words[i + 1];
  if (!TIME_OPENERS.has(words[i]!.key) || !next) return false;
  return TIME_WORDS.has(next.key) || (words[i]!.key === "in" && /^(1[89]|20)\d\d$/.test(next.raw));
}

const MAX_TIME_WORDS = 3;

/** The index after a time phrase opening at i ("on Sunday", "last week"), up to a break; i when none opens there. */
function pastTime(view: SentenceView, i: number): number {
  if (i >= view.tokens.length || !opensTime(view, i)) return i;
  let k = i + 1;
  while (k + 1 < view.tokens.length && k - i < MAX_TIME_WORDS && !breaksBefore(view, k + 1)) k++;
  return k + 1;
}

function hasVerb(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to && k - from <= MAX_APPOSITIVE_WORDS * 2; k++) {
    const w = view.tokens[k]!;
    if (w.quote < 0 && !w.cap && (FINITE.has(w.key) || isVerbLike(w.key))) return true;
  }
  return false;
}
