import {
  EN_ADJUNCT_PREPOSITIONS,
  EN_DETERMINERS,
  EN_FINITE_MARKERS,
  EN_FRONTED_SUBORDINATORS,
  EN_SUBORDINATORS,
  EN_TIME_WORDS,
} from "../lexicon/en-speaker-words.ts";
import type { Cue } from "./find-cues.ts";
import { opensSubjectRelative } from "./reported-speech.ts";
import { isVerbLike, looksLikeSpeaker, subjectAfter, type SpeakerPhrase } from "./speaker-phrase.ts";
import { breaksBefore, gapHolds, type SentenceView } from "./words.ts";

/** Reported speech whose attribution follows it: "The talks will resume, officials said." */
export interface Trailing {
  speaker: SpeakerPhrase;
  start: number;
  end: number;
  rule: string;
}

const FINITE = new Set(EN_FINITE_MARKERS);
const DETERMINERS = new Set(EN_DETERMINERS);
const TIME_WORDS = new Set(EN_TIME_WORDS);
const RELATIVE_PRONOUNS = new Set(["who", "whose", "which", "whom", "where", "when"]);
const PREPOSITIONS = new Set(EN_ADJUNCT_PREPOSITIONS);
const SUBORDINATORS = new Set(EN_SUBORDINATORS);
const MIN_CONTENT_WORDS = 3;
// "…, noted it" is a verb and its object; an inverted subject pronoun is "he", "she" or "they".
const OBJECT_PRONOUNS = new Set(["it", "them", "him", "her", "us", "me", "this", "that"]);
const MAX_TAIL_WORDS = 10;

/**
 * `CLAUSE, X said [adjuncts].`, `CLAUSE, said X, a spokeswoman.` and the parenthetical
 * `The plan, officials said, would fail.` (content = the whole sentence, the frame included).
 */
export function trailingAttribution(view: SentenceView, cue: Cue, subject: SpeakerPhrase | undefined, afterCue: number): Trailing | undefined {
  const { tokens: words } = view;
  if (subject) {
    if (subject.first < 1 || !gapHolds(view, subject.first, ",—–")) return undefined;
    // "Urged on by the crowd, he begged for more time": a verb that reports only through its object ("begged X to")
    // closes a frame only when nothing follows it.
    if (cue.objectLinks.length > 0 && !cue.thatless && afterCue < words.length && !gapHolds(view, afterCue, ",")) return undefined;
    // "Lopez fixed the fault, Ana said, and "rebooted" the servers": the content goes on past the frame.
    if (isContent(view, subject.first) && continuesAfterFrame(view, afterCue))
      return { speaker: subject, start: view.start, end: view.end, rule: "en.verb.parenthetical.coordinated" };
    const content = isContent(view, subject.first) && !onlyFrontedClause(view, subject.first);
    const contentEnd = pastClosingMarks(view, words[subject.first - 1]!.end);
    if (content && isTail(view, afterCue, cue.lemma === "tell")) return { speaker: subject, start: view.start, end: contentEnd, rule: "en.verb.trailing.svo" };
    // "The rebels, the army said, had withdrawn": a short subject before the frame is enough when a verb follows it.
    const parenthetical = content || opensPredicate(view, afterCue);
    if (parenthetical && gapHolds(view, afterCue, ",") && afterCue < words.length && !opensSubordinate(view, afterCue))
      return { speaker: subject, start: view.start, end: view.end, rule: "en.verb.parenthetical" };
    return undefined;
  }
  // Verbs that report through an object ("described it as …", "urged them to …") do not invert.
  if (cue.lemma === "tell" || cue.objectLinks.length > 0 || !isContent(view, cue.first) || !gapHolds(view, cue.first, ",—–")) return undefined;
  const inverted = subjectAfter(view, cue.last, words.length);
  if (!inverted || (inverted.first === inverted.last && OBJECT_PRONOUNS.has(words[inverted.first]!.key))) return undefined;
  const after = Math.max(inverted.descriptor?.last ?? 0, inverted.last) + 1;
  if (!isTail(view, after)) return undefined;
  return { speaker: inverted, start: view.start, end: pastClosingMarks(view, words[cue.first - 1]!.end), rule: "en.verb.trailing.vs" };
}

/** The rest of the sentence is only adjuncts ("in a statement", "on Tuesday"), maybe then ", as …" or ", speaking on …". */
function isTail(view: SentenceView, from: number, listener = false): boolean {
  const words = view.tokens;
  // "…, the city believed itself to be …": a tail opens with an adjunct ("on Tuesday", "of the plan", "privately"), not an object.
  const first = words[from];
  // After "told" the tail may start with its listener ("told a Commons inquiry").
  if (first && !listener && !gapHolds(view, from, ",") && !opensAdjunct(first.key)) return false;
  for (let i = from; i < words.length && i - from <= MAX_TAIL_WORDS; i++) {
    const w = words[i]!;
    // "…, said Ana Lopes, on Monday": a comma before an adjunct keeps the tail going.
    // "…, said Amnesty on Tuesday, November 19": a comma inside a date keeps it going too.
    const dateGoesOn = TIME_WORDS.has(w.key) && TIME_WORDS.has(words[i - 1]?.key ?? "");
    if (gapHolds(view, i, ",") && !dateGoesOn && (opensSubordinate(view, i) || !PREPOSITIONS.has(w.key))) return opensSubordinate(view, i);
    // "…, said Lee in an email to staff that was seen by reporters": a relative clause on the adjunct's noun ends the tail.
    if (i > from && opensSubjectRelative(view, i)) return true;
    if (w.quote >= 0 || w.key === "that" || FINITE.has(w.key)) return false;
    if (i - from >= MAX_TAIL_WORDS) return endsWithName(view, i);
  }
  return true;
}

const MAX_TAIL_NAME_WORDS = 5;

/** "…, Cook said Tuesday in a chat with Salesforce founder and co-CEO [Marc Benioff].": a long tail may close with a name. */
function endsWithName(view: SentenceView, from: number): boolean {
  const words = view.tokens;
  if (words.length - from > MAX_TAIL_NAME_WORDS) return false;
  for (let i = from; i < words.length; i++) if (!words[i]!.cap || words[i]!.quote >= 0 || breaksBefore(view, i)) return false;
  return true;
}

const TAIL_OPENERS = new Set([
  "of",
  "about",
  "by",
  "for",
  "with",
  "as",
  "afterwards",
  "too",
  "yesterday",
  "today",
  "tonight",
  "last",
  "this",
  "next",
  "in",
  "at",
]);

function opensAdjunct(key: string): boolean {
  return PREPOSITIONS.has(key) || TAIL_OPENERS.has(key) || TIME_WORDS.has(key) || (key.endsWith("ly") && key.length > 3);
}

const CLAUSE_SUBJECTS = new Set(["it", "they", "he", "she", "we", "there"]);

const MAX_SUBJECT_WORDS = 4;

/** After a parenthetical frame the clause goes on: a verb ("had withdrawn"), a pronoun subject ("it uses") or a short subject and its verb. */
function opensPredicate(view: SentenceView, i: number): boolean {
  const words = view.tokens;
  const key = words[i]?.key ?? "";
  if (FINITE.has(key) || CLAUSE_SUBJECTS.has(key)) return true;
  for (let k = i + 1; k < words.length && k - i <= MAX_SUBJECT_WORDS && !breaksBefore(view, k); k++) if (isVerbLike(words[k]!.key)) return true;
  return false;
}

function opensSubordinate(view: SentenceView, i: number): boolean {
  const key = view.tokens[i]!.key;
  return SUBORDINATORS.has(key) || key.endsWith("ing");
}

/** Words that open a sentence with a subordinate clause ("Although …, ", "As the charges were read, "). */
export const FRONTED_SUBORDINATORS = new Set(EN_FRONTED_SUBORDINATORS);

/** "As the charges were read, the lawyer testified before …": the words before the subject are a fronted subordinate clause alone. */
function onlyFrontedClause(view: SentenceView, subjectFirst: number): boolean {
  if (!FRONTED_SUBORDINATORS.has(view.tokens[0]!.key) || view.tokens[0]!.quote >= 0) return false;
  for (let k = 1; k < subjectFirst; k++) if (gapHolds(view, k, ",")) return false;
  return true;
}

/** ", and "patched" the servers": after the frame a coordinated verb (no subject of its own) continues the content. */
function continuesAfterFrame(view: SentenceView, afterCue: number): boolean {
  const words = view.tokens;
  const joiner = words[afterCue];
  const verb = words[afterCue + 1];
  if (!joiner || !verb || (joiner.key !== "and" && joiner.key !== "but") || joiner.quote >= 0 || !gapHolds(view, afterCue, ",")) return false;
  return (!verb.cap && isVerbLike(verb.key) && !FINITE.has(verb.key)) || quotedContrast(view, afterCue + 1);
}

const CONTRAST_ADVERBS = new Set(["instead", "rather", "also", "still"]);

/** `are not "bolt-on things," Cook said, but instead "embedded in who we are."`: the contrast goes on in the speaker's quoted words. */
function quotedContrast(view: SentenceView, i: number): boolean {
  const words = view.tokens;
  const at = CONTRAST_ADVERBS.has(words[i]?.key ?? "") && words[i]!.quote < 0 ? i + 1 : i;
  return words[at] !== undefined && words[at]!.quote >= 0 && words[at - 1]!.quote < 0;
}

/** The words before the frame make a claim, not just an opening adjunct ("In a statement, the ministry said."). */
function isContent(view: SentenceView, before: number): boolean {
  if (before < MIN_CONTENT_WORDS) return false;
  return !(PREPOSITIONS.has(view.tokens[0]!.key) && before <= 5);
}

/** A content ending in a quoted fragment keeps its closing mark (`…were "stretched to breaking point"`), a figure its "%". */
function pastClosingMarks(view: SentenceView, end: number): number {
  let i = end;
  while (i < view.end && /["”’%]/.test(view.text[i]!)) i++;
  return i;
}

/**
 * `The plan, say economists, will fail.`: an inverted frame between commas inside the clause it
 * attributes (content = the whole sentence). What follows the speaker's comma must go on with the
 * predicate (a lower-case word that is not a determiner or a source noun), not an appositive.
 */
export function invertedParenthetical(view: SentenceView, cue: Cue): Trailing | undefined {
  const words = view.tokens;
  if (cue.first < 1 || cue.lemma === "tell" || cue.objectLinks.length > 0 || !gapHolds(view, cue.first, ",")) return undefined;
  const inverted = subjectAfter(view, cue.last, words.length);
  const next = inverted?.descriptor ? words[inverted.descriptor.first] : undefined;
  if (
    !inverted ||
    !next ||
    next.cap ||
    next.quote >= 0 ||
    DETERMINERS.has(next.key) ||
    RELATIVE_PRONOUNS.has(next.key) ||
    // "…, said a diplomat, speaking on condition of anonymity": a participle aside after the speaker, not the predicate.
    opensSubordinate(view, inverted.descriptor!.first) ||
    looksLikeSpeaker(view, inverted.descriptor!.first, inverted.descriptor!.first)
  )
    return undefined;
  if (inverted.first === inverted.last && OBJECT_PRONOUNS.has(words[inverted.first]!.key)) return undefined;
  return { speaker: { first: inverted.first, last: inverted.last }, start: view.start, end: view.end, rule: "en.verb.parenthetical.vs" };
}
