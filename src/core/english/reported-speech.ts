import {
  EN_ADJUNCT_HEADS,
  EN_ADJUNCT_PREPOSITIONS,
  EN_AUDIENCE_NOUNS,
  EN_DETERMINERS,
  EN_DISPUTED_NOUNS,
  EN_FINITE_MARKERS,
  EN_GROUP_NOUNS,
  EN_IRREGULAR_PAST,
  EN_ORG_NOUNS,
  EN_ROLE_NOUNS,
  EN_SAY_OBJECTS,
  EN_STANCE_NOUNS,
  EN_SUBORDINATORS,
  EN_TIME_WORDS,
} from "../lexicon/en-speaker-words.ts";
import type { ClaimKind } from "../types.ts";
import type { Cue } from "./find-cues.ts";
import { opensMeasure, opensQuantityClause } from "./quantity-subject.ts";
import { nounKey } from "./speaker-phrase.ts";
import { breaksBefore, firstQuoteFrom, gapBefore, gapHolds, type SentenceView } from "./words.ts";

const ADJUNCT_PREPOSITIONS = new Set(EN_ADJUNCT_PREPOSITIONS);
const ADJUNCT_HEADS = new Set([...EN_ADJUNCT_HEADS, ...EN_TIME_WORDS]);
const AUDIENCE = new Set(EN_AUDIENCE_NOUNS);
const LISTENERS = new Set([...EN_ORG_NOUNS, ...EN_GROUP_NOUNS, ...Object.keys(EN_ROLE_NOUNS)]);
const FINITE = new Set(EN_FINITE_MARKERS);
const DETERMINERS = new Set(EN_DETERMINERS);
const IRREGULAR_PAST = new Set(EN_IRREGULAR_PAST);
const SUBORDINATORS = new Set(EN_SUBORDINATORS);
const NOT_CLAUSES = new Set(EN_SAY_OBJECTS);
const TIME_WORDS = new Set(EN_TIME_WORDS);
// Adjunct openers that are also adjectives or determiners ("late payments", "this plan"): adjuncts only before a time word.
const TIME_MODIFIERS = new Set(["late", "early", "last", "this", "next"]);
const MAX_LEAD = 12;
const PROGRAMMES = new Set(["programme", "program", "show", "podcast", "website", "bulletin", "newspaper", "radio", "television"]);
const OBJECT_PREPOSITIONS = new Set(["about", "for", "to", "with", "from", "into", "of", "by", "off", "up", "back", "down"]);
const MAX_SUBJECT_WORDS = 6;
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you"]);

/** Index of the first word after the cue's listener ("told Reuters", "told reporters"); the cue's end when none. */
export function afterListener(view: SentenceView, cue: Cue): number {
  let i = cue.last + 1;
  if (cue.lemma !== "tell") return i;
  const words = view.tokens;
  if (words[i]?.key === "the" && words[i + 1]?.cap) i++;
  if (words[i]?.cap && words[i]!.quote < 0) {
    // "told BBC Radio 4's Today programme": numbers and a closing programme noun belong to the outlet's name.
    while ((words[i + 1]?.cap || /^\d/.test(words[i + 1]?.raw ?? "")) && !breaksBefore(view, i + 1)) i++;
    if (PROGRAMMES.has(words[i + 1]?.key ?? "") && !breaksBefore(view, i + 1)) i++;
    return i + 1;
  }
  const determined = DETERMINERS.has(words[i]?.key ?? "");
  const plain = plainListenerEnd(view, i);
  if (plain !== undefined) return plain;
  for (let k = i; k < Math.min(words.length, i + 5); k++) {
    if (breaksBefore(view, k) && k > i) break;
    if (AUDIENCE.has(words[k]!.key)) return pastPlace(view, k + 1);
    // "told the council the site would…", "told the bank's board": a determiner phrase ending in a body or a role listens.
    if (determined && k > i && isListenerNoun(words[k]!.key)) {
      while (k + 1 < words.length && isListenerNoun(words[k + 1]!.key) && !breaksBefore(view, k + 1)) k++;
      return k + 1;
    }
  }
  return i;
}

const MAX_PLAIN_LISTENER = 3;
const MAX_VERB_REACH = 5;

/**
 * "told aides the plan was dead", "told his staff it would close": any short lower-case noun phrase is the
 * listener when a clause (a subject, then a finite verb soon) follows it. The index after the phrase.
 */
function plainListenerEnd(view: SentenceView, i: number): number | undefined {
  const words = view.tokens;
  let k = DETERMINERS.has(words[i]?.key ?? "") ? i + 1 : i;
  const nounStart = k;
  while (k < words.length && k - nounStart < MAX_PLAIN_LISTENER && isPlainNoun(view, k)) k++;
  if (k === nounStart || k >= words.length || breaksBefore(view, k) || !opensClauseSubject(view, k)) return undefined;
  for (let v = k + 1; v < words.length && v - k <= MAX_VERB_REACH; v++) {
    const w = words[v]!;
    if (breaksBefore(view, v) || w.quote >= 0) return undefined;
    if (FINITE.has(w.key) || IRREGULAR_PAST.has(w.key) || (isPastVerb(w.key) && !DETERMINERS.has(words[v - 1]!.key))) return k;
  }
  return undefined;
}

function isPlainNoun(view: SentenceView, k: number): boolean {
  const w = view.tokens[k]!;
  if (w.cap || w.quote >= 0 || (k > 0 && breaksBefore(view, k)) || !/^[a-z]/.test(w.raw)) return false;
  return (
    !DETERMINERS.has(w.key) &&
    !FINITE.has(w.key) &&
    !SUBJECT_PRONOUNS.has(w.key) &&
    !OBJECT_PREPOSITIONS.has(w.key) &&
    !ADJUNCT_PREPOSITIONS.has(w.key) &&
    !isPastVerb(w.key) &&
    !IRREGULAR_PAST.has(w.key) &&
    w.key !== "that"
  );
}

/** Word k can open a clause's subject: a pronoun, a determiner, a name or a number. */
function opensClauseSubject(view: SentenceView, k: number): boolean {
  const w = view.tokens[k]!;
  return w.quote < 0 && (SUBJECT_PRONOUNS.has(w.key) || DETERMINERS.has(w.key) || w.cap || /^\d/.test(w.raw));
}

const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside"]);

/** "told a rally in Ohio …", "told a crowd outside City Hall …": the place of the listener belongs to it. The index after it. */
function pastPlace(view: SentenceView, i: number): number {
  const words = view.tokens;
  if (!PLACE_PREPOSITIONS.has(words[i]?.key ?? "") || !words[i + 1]?.cap || breaksBefore(view, i) || breaksBefore(view, i + 1)) return i;
  let k = i + 1;
  while (words[k + 1]?.cap && words[k + 1]!.quote < 0 && !breaksBefore(view, k + 1) && k - i < 4) k++;
  return k + 1;
}

function isListenerNoun(key: string): boolean {
  const noun = nounKey(key);
  return LISTENERS.has(noun) || LISTENERS.has(key);
}

/** Where the reported clause starts after a cue ("said [on Tuesday] that …", "said the talks would …"), if it has one. */
export function reportedClauseStart(view: SentenceView, cue: Cue): number | undefined {
  const words = view.tokens;
  const from = afterListener(view, cue);
  // "told jurors in her closing argument that": an unlisted listener still precedes "that".
  if (cue.thatless && negatedSubject(view, from)) return from;
  const disputed = DENIALS.has(cue.lemma) ? disputedThat(view, from) : undefined;
  const that = disputed ?? (THAT_AS_DETERMINER.has(cue.lemma) ? undefined : findThat(view, from, cue.lemma === "tell")) ?? stanceThat(view, from);
  if (that !== undefined) return that + 1 < words.length ? that + 1 : undefined;
  if (!cue.thatless || (cue.lemma === "tell" && from === cue.last + 1)) return undefined;
  const start = skipAdjuncts(view, from);
  // "said, speaking on condition of anonymity": a comma after the cue opens an aside, not the clause.
  if (start === undefined || start >= words.length || gapHolds(view, start, ",;:")) return undefined;
  // "said in a speech that was broadcast live": the relative clause of the adjunct's noun is not the reported clause.
  if (start > from && opensSubjectRelative(view, start)) return undefined;
  return isClauseLike(view, start, cue.lemma) ? start : undefined;
}

const MAX_COLON_LEAD = 8;
const MIN_COLON_CONTENT = 3;

/**
 * `The minister said: the plan will work.` / `the firm said in a statement: …`: unquoted words after a
 * colon that closes the cue's frame (a listener or an adjunct may stand before it); their first word.
 */
export function colonContentStart(view: SentenceView, cue: Cue): number | undefined {
  const words = view.tokens;
  for (let k = cue.last + 1; k < words.length && k - cue.last <= MAX_COLON_LEAD; k++) {
    if (gapHolds(view, k, ":")) return words.length - k >= MIN_COLON_CONTENT ? k : undefined;
    if (words[k]!.quote >= 0 || gapHolds(view, k, ";—–()")) return undefined;
  }
  return undefined;
}

const MAX_OBJECT_WORDS = 9;

/**
 * Where the content starts for a verb that reports through an object: "urged residents to stay indoors",
 * "accused city staff of ignoring them" (the object, then the link word within a few words, no clause
 * punctuation between). Undefined when the object is missing ("accused of fraud") or is a time adjunct.
 */
export function objectContentStart(view: SentenceView, cue: Cue): number | undefined {
  if (cue.objectLinks.length === 0) return undefined;
  const words = view.tokens;
  const from = cue.last + 1;
  const first = words[from];
  const links = cue.objectLinks;
  if (!first || first.quote >= 0 || links.includes(first.key) || breaksBefore(view, from)) return undefined;
  // "asked not to be named": a negated infinitive has no object before it; "asked for more time to …" names a thing, not a listener.
  if (TIME_WORDS.has(first.key) || isAdjunctStart(view, from) || FINITE.has(first.key) || NOT_OBJECTS.has(first.key)) return undefined;
  if (linkAfterClaimObject(view, from, links)) return from;
  for (let k = from + 1; k < Math.min(words.length, from + MAX_OBJECT_WORDS); k++) {
    const w = words[k]!;
    // `branded the plan "a farce"`: an opening quotation mark links when the verb allows it.
    if (w.quote >= 0 && links.includes('"') && words[k - 1]!.quote < 0) return from;
    // `begged lawmakers "not to lose sight of" …`: the link may open the quoted words.
    if (w.quote >= 0 && words[k - 1]!.quote < 0 && opensWithLink(view, k, links)) return from;
    // "accused the government, led by X, of …": an aside between commas inside the object is skipped.
    const aside = w.quote < 0 && /^\s*,\s*$/.test(gapBefore(view, k)) ? asideEnd(view, k) : undefined;
    if (aside !== undefined && links.includes(words[aside]!.key)) return aside + 1 < words.length ? from : undefined;
    // "branded the plans …": a verb-like word ("plans", "needs") after a determiner is the object's noun.
    if (w.quote >= 0 || breaksBefore(view, k) || (FINITE.has(w.key) && !DETERMINERS.has(words[k - 1]!.key))) return undefined;
    if (links.includes(w.key) && k + 1 < words.length) {
      if (w.key === "as" && (opensClauseAfterAs(view, k + 1) || opensAdverbialAs(view, k + 1))) return undefined;
      // "rejected the accusations as "false"" reports a claim; "rejected the envoy as a mediator" is an act.
      return CLAIM_OBJECT_ONLY.has(cue.lemma) && !namesClaim(view, from, k) && words[k + 1]!.quote < 0 ? undefined : from;
    }
  }
  return undefined;
}

const NOT_OBJECTS = new Set(["not", "never", "for"]);

/** The quoted words from k open with the link word, maybe negated ("not to …"). */
function opensWithLink(view: SentenceView, k: number, links: readonly string[]): boolean {
  const words = view.tokens;
  const at = NOT_OBJECTS.has(words[k]!.key) && words[k]!.key !== "for" ? k + 1 : k;
  return words[at]?.quote === words[k]!.quote && links.includes(words[at]!.key);
}

// "as part of its campaign", "as a result of", "as well": fixed phrases after "as" that open an adverbial, not a description.
const ADVERBIAL_AS = [["part", "of"], ["a", "result"], ["well"], ["such"], ["usual"]];
const MAX_ADVERBIAL_QUOTE_REACH = 4;

/** "touted a price as part of its campaign": an adverbial "as" phrase with no quotation soon after it describes nothing. */
function opensAdverbialAs(view: SentenceView, i: number): boolean {
  const words = view.tokens;
  const fixed = ADVERBIAL_AS.some((phrase) => phrase.every((key, j) => words[i + j]?.key === key && words[i + j]!.quote < 0));
  if (!fixed) return false;
  for (let k = i; k < words.length && k - i <= MAX_ADVERBIAL_QUOTE_REACH; k++) if (words[k]!.quote >= 0) return false;
  return true;
}

/** "slammed the door as residents fled", "praised him as he left": an "as" opening a clause is a conjunction, not a description. */
function opensClauseAfterAs(view: SentenceView, i: number): boolean {
  const words = view.tokens;
  if (SUBJECT_PRONOUNS.has(words[i]!.key)) return true;
  for (let k = i + 1; k < Math.min(words.length, i + 3); k++) {
    const w = words[k]!;
    if (w.quote >= 0 || breaksBefore(view, k)) return false;
    if (FINITE.has(w.key) || IRREGULAR_PAST.has(w.key) || (isPastVerb(w.key) && !DETERMINERS.has(words[k - 1]!.key))) return true;
  }
  return false;
}

const MAX_ASIDE_WORDS = 10;

/** The index of the word after the comma that closes an aside opened at word k, if it closes soon with a plain comma. */
function asideEnd(view: SentenceView, k: number): number | undefined {
  const words = view.tokens;
  for (let j = k + 1; j < words.length && j - k <= MAX_ASIDE_WORDS; j++) {
    if (words[j]!.quote >= 0) return undefined;
    const gap = gapBefore(view, j);
    if (/^\s*,\s*$/.test(gap)) return j;
    if (breaksBefore(view, j)) return undefined;
  }
  return undefined;
}

/** "that" right after the cue, or after adjuncts and commas ("said on Tuesday that", "said, however, that"). */
const LISTENER_RELATIVES = new Set(["who", "whom"]);

function findThat(view: SentenceView, from: number, listenerFollows: boolean): number | undefined {
  const words = view.tokens;
  if (words[from]?.key === "that" && words[from]!.quote < 0) return from;
  // "would say only that …", "said simply that …": one adverb before the complementiser.
  if (ONLY_ADVERBS.has(words[from]?.key ?? "") && words[from + 1]?.key === "that" && words[from + 1]!.quote < 0) return from + 1;
  const opensAdjunct = from < words.length && (isAdjunctStart(view, from) || gapHolds(view, from, ",") || listenerFollows || opensDuration(view, from));
  if (!opensAdjunct) return undefined;
  let relative = listenerFollows && LISTENER_RELATIVES.has(words[from]?.key ?? "") && words[from]!.quote < 0;
  for (let k = from + 1; k < Math.min(words.length, from + MAX_LEAD); k++) {
    const w = words[k]!;
    // "said in a speech that was broadcast live that …": a "that" before an auxiliary opens a relative clause on the adjunct's noun.
    // "told a few thousand teachers who covered the lawn that …": a relative clause on the listener runs to the cue's "that".
    if (opensSubjectRelative(view, k) || (listenerFollows && LISTENER_RELATIVES.has(w.key) && w.quote < 0)) {
      relative = true;
      continue;
    }
    if (relative && w.key !== "that") continue;
    // "said on Thursday, easing a dispute that…": a participle or subordinate clause after a comma ends the search.
    // ("reported on Monday, citing officials, that …": a source aside is not such a clause.)
    if (gapHolds(view, k, ",") && !SOURCE_ASIDES.has(w.key) && (w.key.endsWith("ing") || SUBORDINATORS.has(w.key))) return undefined;
    if (w.quote >= 0 && listenerFollows) continue;
    // A capitalised "May" or "Will" inside the adjunct is a month or a name, not a modal; a past verb
    // ("said, the utility switched the covers to ones that …") shows a clause whose "that" is not the cue's.
    // ("an emailed response" is an adjective after its determiner).
    const past = IRREGULAR_PAST.has(w.key) || (isPastVerb(w.key) && !DETERMINERS.has(words[k - 1]!.key));
    if (w.quote >= 0 || ((FINITE.has(w.key) || past) && !w.cap)) return undefined;
    // "argued for hours with the clerk that day": "that" before a time word is a determiner.
    if (w.key === "that" && !TIME_WORDS.has(words[k + 1]?.key ?? "")) return k;
  }
  return undefined;
}

/** Word k is a "that" right before an auxiliary, after a lower-case noun ("a speech that was broadcast"): a subject relative pronoun. */
export function opensSubjectRelative(view: SentenceView, k: number): boolean {
  const words = view.tokens;
  const w = words[k]!;
  return w.key === "that" && w.quote < 0 && k > 0 && !words[k - 1]!.cap && FINITE.has(words[k + 1]?.key ?? "");
}

const ONLY_ADVERBS = new Set(["only", "simply", "merely", "just", "repeatedly", "again", "previously", "also"]);

/** "said no evidence supports it", "told reporters no decision had been made": "no" and a noun opening the clause's subject. */
function negatedSubject(view: SentenceView, i: number): boolean {
  const words = view.tokens;
  const noun = words[i + 1];
  const verb = words[i + 2];
  if (words[i]?.key !== "no" || words[i]!.quote >= 0 || !noun || !verb || noun.cap || breaksBefore(view, i + 1) || breaksBefore(view, i + 2)) return false;
  if (FINITE.has(verb.key) || IRREGULAR_PAST.has(verb.key) || isPastVerb(verb.key)) return true;
  return !noun.key.endsWith("s") && verb.key.endsWith("s") && !verb.key.endsWith("ss") && !DETERMINERS.has(verb.key) && verb.key !== "as";
}

const STANCE_NOUNS = new Set(EN_STANCE_NOUNS);
const MAX_STANCE_WORDS = 5;

/**
 * "reiterated the government's position that …", "repeated its long-held view that …": an object naming
 * the speaker's stance, then "that"; the clause after "that" is what is reported. The index of "that".
 */
function stanceThat(view: SentenceView, from: number): number | undefined {
  const words = view.tokens;
  const first = words[from];
  if (!first || first.quote >= 0 || !(DETERMINERS.has(first.key) || /['’]s$/.test(first.raw))) return undefined;
  for (let k = from + 1; k < words.length && k - from <= MAX_STANCE_WORDS; k++) {
    if (words[k]!.quote >= 0 || breaksBefore(view, k)) return undefined;
    if (STANCE_NOUNS.has(words[k]!.key)) return words[k + 1]?.key === "that" && words[k + 1]!.quote < 0 ? k + 1 : undefined;
  }
  return undefined;
}

const DISPUTED_NOUNS = new Set(EN_DISPUTED_NOUNS);
const DENIALS = new Set(["deny", "dispute", "reject", "refute", "dismiss"]);
// "rejected that offer", "dismissed that idea": after these verbs a bare "that" is a determiner.
const THAT_AS_DETERMINER = new Set(["reject", "refute", "dismiss"]);
const MAX_DISPUTED_WORDS = 4;

/**
 * "denied the allegation that …", "rejected the notion that …", "dismissed reports that …": a noun naming
 * someone else's claim, then "that"; the clause after "that" is what is disputed (`en.verb.disputed-claim`).
 * The index of "that".
 */
function disputedThat(view: SentenceView, from: number): number | undefined {
  const words = view.tokens;
  for (let k = from; k < words.length && k - from < MAX_DISPUTED_WORDS; k++) {
    const w = words[k]!;
    if (w.quote >= 0 || (k > from && breaksBefore(view, k)) || FINITE.has(w.key)) return undefined;
    if (DISPUTED_NOUNS.has(w.key)) return words[k + 1]?.key === "that" && words[k + 1]!.quote < 0 && !breaksBefore(view, k + 1) ? k + 1 : undefined;
  }
  return undefined;
}

const CLAIM_OBJECT_ONLY = new Set(["reject", "refute"]);

/** Words [from, to) hold a noun naming a claim ("these accusations", "the report"). */
function namesClaim(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (DISPUTED_NOUNS.has(view.tokens[k]!.key)) return true;
  return false;
}

const MAX_DESCRIBED_CLAIM = 30;

/**
 * "described the idea that the firm is bankrupt as "absurd"": an object naming a claim, with its whole
 * that-clause, before the link word. Whether such a link follows within the sentence's clause.
 */
function linkAfterClaimObject(view: SentenceView, from: number, links: readonly string[]): boolean {
  const that = disputedThat(view, from);
  if (that === undefined) return false;
  const words = view.tokens;
  for (let k = that + 2; k < words.length && k - that <= MAX_DESCRIBED_CLAIM; k++) {
    if (gapHolds(view, k, ";:—–")) return false;
    if (words[k]!.quote < 0 && links.includes(words[k]!.key) && k + 1 < words.length) return !opensClauseAfterAs(view, k + 1);
  }
  return false;
}

const QUANTITY_BOUNDS = new Set(["least", "most"]);

/** "said at least 40 people died", "said over 200 homes flooded": a quantity opens the clause's subject, not an adjunct. */
function opensQuantity(view: SentenceView, i: number): boolean {
  const key = view.tokens[i]!.key;
  const next = view.tokens[i + 1];
  if (!next || breaksBefore(view, i + 1)) return false;
  if (key === "at") return QUANTITY_BOUNDS.has(next.key);
  return key === "over" && /^[\d$£€]/.test(next.raw);
}

const SOURCE_ASIDES = new Set(["citing", "quoting"]);

function isPastVerb(key: string): boolean {
  return key.endsWith("ed") && key.length > 4;
}

/** Skips "on Tuesday", "in a statement", "in an interview with CNN" after a cue; undefined when an adjunct has no known end. */
export function skipAdjuncts(view: SentenceView, from: number): number | undefined {
  const words = view.tokens;
  let i = from;
  while (i < words.length && isAdjunctStart(view, i)) {
    if (ADJUNCT_HEADS.has(words[i]!.key)) {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < Math.min(words.length, i + 7) && !ADJUNCT_HEADS.has(words[k]!.key)) k++;
    if (k >= Math.min(words.length, i + 7)) return undefined;
    i = k + 1;
    // "with CNN", "on X": a capitalised name closes the adjunct.
    while (i < words.length && (words[i]!.key === "with" || words[i]!.key === "on") && words[i + 1]?.cap) i += 2;
  }
  return i;
}

/** Word i opens an adjunct: "on Tuesday", "in a statement", "late Tuesday" (but not "late payments"). */
function isAdjunctStart(view: SentenceView, i: number): boolean {
  const key = view.tokens[i]!.key;
  if (!ADJUNCT_PREPOSITIONS.has(key) || opensQuantity(view, i)) return false;
  if (!TIME_MODIFIERS.has(key)) return true;
  const next = view.tokens[i + 1]?.key ?? "";
  return TIME_WORDS.has(next) || ADJUNCT_PREPOSITIONS.has(next);
}

/**
 * A that-less complement is a clause. After "say" and "tell" (which rarely take a plain object) it is
 * enough that it opens like a clause and is not a fixed object ("said nothing", "said a prayer");
 * other verbs need an auxiliary or a past-tense verb early on ("denied the company had paid").
 */
function isClauseLike(view: SentenceView, start: number, lemma: string): boolean {
  const words = view.tokens;
  const first = words[start]!;
  if (first.quote >= 0 && gapBefore(view, start).trim() === "") return false;
  // "wrote about the banks", "said to him": a preposition opens an object, not a clause.
  // ("said about 200 people were hurt": "about" before a number is an approximation, not a preposition.)
  const approximate = /^[\d$£€]/.test(words[start + 1]?.raw ?? "");
  if (opensQuantityClause(view, start)) return true;
  if (lemma === "add" && opensMeasure(view, start)) return false;
  if (FINITE.has(first.key) || isAdjunctStart(view, start) || (OBJECT_PREPOSITIONS.has(first.key) && !approximate)) return false;
  if ((lemma === "say" || lemma === "tell") && words.length - start >= 3 && !NOT_CLAUSES.has(first.key)) return true;
  if (lemma === "add" || lemma === "write" || lemma === "find" || lemma === "show") return hasEarlyVerb(view, start, MAX_LEAD);
  // Verbs that also take noun objects ("denied the allegations made against him") need an auxiliary
  // within a subject's reach, or a pronoun subject and a past verb ("denied he knew").
  for (let k = start + 1; k < Math.min(words.length, start + MAX_SUBJECT_WORDS + 1); k++) {
    // "said nothing about it, was dropped": an auxiliary past a comma belongs to another clause.
    if (gapHolds(view, k, ",;:")) break;
    if (FINITE.has(words[k]!.key) && words[k]!.quote < 0) return true;
  }
  return SUBJECT_PRONOUNS.has(first.key) && (hasEarlyVerb(view, start, 2) || pronounThenVerb(view, start));
}

const CLAUSE_ADVERBS = new Set(["still", "also", "now", "never", "already", "always", "only", "just", "even", "again"]);

/** "reiterated it still considers …", "hinted she now wants …": a pronoun, an adverb or two, and a present-tense verb. */
function pronounThenVerb(view: SentenceView, start: number): boolean {
  const words = view.tokens;
  let k = start + 1;
  while (k < words.length && k - start <= 2 && CLAUSE_ADVERBS.has(words[k]!.key)) k++;
  const w = words[k];
  if (!w || w.quote >= 0 || breaksBefore(view, k) || DETERMINERS.has(w.key)) return false;
  if (FINITE.has(w.key) || IRREGULAR_PAST.has(w.key) || isPastVerb(w.key)) return true;
  const singular = words[start]!.key === "he" || words[start]!.key === "she" || words[start]!.key === "it";
  return singular && w.key.length > 3 && w.key.endsWith("s") && !w.key.endsWith("ss");
}

function hasEarlyVerb(view: SentenceView, start: number, within: number): boolean {
  const words = view.tokens;
  for (let k = start + 1; k < Math.min(words.length, start + within); k++) {
    const w = words[k]!;
    // "are writing custom apps, Cook told Benioff": a verb past a comma is another clause's, not the object's.
    if (gapHolds(view, k, ",;:")) return false;
    if (FINITE.has(w.key) || IRREGULAR_PAST.has(w.key)) return true;
    if (/ed$/.test(w.key) && !DETERMINERS.has(words[k - 1]!.key) && w.quote < 0) return true;
  }
  return false;
}

/** direct when the content is one quoted passage, mixed when it holds a quote, else indirect. */
export function kindOf(view: SentenceView, start: number, end: number): ClaimKind {
  const first = firstQuoteFrom(view.quotes, start);
  // `said: "It is time to move on," adding …`: a content that starts inside a quote and ends with it is all quoted.
  const around = view.quotes[first - 1];
  if (around && around.open < start && end <= around.close + 1) return "direct";
  const q = view.quotes[first];
  if (!q || q.open >= end) return "indirect";
  const only = !(view.quotes[first + 1] && view.quotes[first + 1]!.open < end);
  const before = view.text.slice(start, q.open).trim();
  const after = view.text.slice(Math.min(end, q.close + 1), end).trim();
  return only && before === "" && /^[.,!?;:]*$/.test(after) ? "direct" : "mixed";
}

const DURATIONS = /^(years|months|weeks|days|decades|hours)$/;
const DURATION_MODIFIERS = new Set(["many", "several", "two", "three", "the", "past", "last", "a", "few", "nearly", "almost", "more", "than"]);

/** "argued for years that …", "have said for the past two decades that": a duration after the cue is an adjunct before "that". */
function opensDuration(view: SentenceView, i: number): boolean {
  const words = view.tokens;
  if (words[i]?.key !== "for") return false;
  let k = i + 1;
  while (k < words.length && k - i <= 4 && (DURATION_MODIFIERS.has(words[k]!.key) || /^\d/.test(words[k]!.raw))) k++;
  return k < words.length && DURATIONS.test(words[k]!.key);
}
