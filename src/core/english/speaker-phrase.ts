import {
  EN_ACT_NOUNS,
  EN_DETERMINERS,
  EN_DOCUMENT_NOUNS,
  EN_FINITE_MARKERS,
  EN_FRONTED_SUBORDINATORS,
  EN_IRREGULAR_PAST,
  EN_GROUP_NOUNS,
  EN_ISSUING_PARTICIPLES,
  EN_LEADING_FILLERS,
  EN_ORG_NOUNS,
  EN_PRE_CUE_FILLERS,
  EN_PRONOUNS,
  EN_ROLE_NOUNS,
  EN_TIME_WORDS,
} from "../lexicon/en-speaker-words.ts";
import type { WordRange } from "../text/sentence-view.ts";
import { breaksBefore, gapBefore, gapHolds, gapMatches, withoutPossessive, type SentenceView } from "./words.ts";

/** A speaker phrase: words [first, last]; `descriptor` is an appositive ("a spokeswoman for X") when one is attached. */
export interface SpeakerPhrase extends WordRange {
  descriptor?: WordRange;
}

const MAX_WORDS = 12;
const MAX_APPOSITIVE = 30;
const VERB_LIKE = new Set([...EN_FINITE_MARKERS, ...EN_IRREGULAR_PAST]);
const FINITE = new Set(EN_FINITE_MARKERS);
const SPEAKER_DETERMINERS = new Set(["the", "a", "an"]);
const ACT_NOUNS = new Set(EN_ACT_NOUNS);
const NAME_JOINERS = new Set(["of", "for", "de", "del", "van", "von", "al", "bin"]);
const PRONOUNS = new Set(Object.keys(EN_PRONOUNS));
const FIRST_PERSON = new Set(["i", "we", "you"]);
const QUANTIFIERS = new Set(["one", "two", "three", "four", "some", "many", "most", "several", "few", "all", "each", "both", "none", "half"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "i", "we"]);
const PRE_CUE_FILLERS = new Set(EN_PRE_CUE_FILLERS);
const LEADING_FILLERS = new Set(EN_LEADING_FILLERS);
const TIME_WORDS = new Set(EN_TIME_WORDS);
const DETERMINERS = new Set(EN_DETERMINERS);
const NOUNS = new Set([...Object.keys(EN_ROLE_NOUNS), ...EN_ORG_NOUNS, ...EN_GROUP_NOUNS, ...EN_DOCUMENT_NOUNS]);
const ORG_NOUNS = new Set(EN_ORG_NOUNS);
const ISSUING = new Set(EN_ISSUING_PARTICIPLES);
const DOCUMENTS = new Set(EN_DOCUMENT_NOUNS);
const ROLE_NOUNS = new Set(Object.keys(EN_ROLE_NOUNS));
const HEAD_PREPOSITIONS = new Set(["of", "for", "at", "in", "with", "from", "on"]);
const TIME_PREPOSITIONS = new Set(["on", "last", "this", "late", "early", "in", "at", "by", "next"]);
// Words that end a subject when walking back from the cue: a clause boundary lies before them.
const BOUNDARY = new Set([
  "that",
  "because",
  "while",
  "when",
  "whereas",
  "although",
  "though",
  "but",
  "so",
  "if",
  "after",
  "before",
  "since",
  "until",
  "where",
  "which",
  "what",
  "why",
  "how",
  "whether",
  "whenever",
  "wherever",
  "unless",
  "than",
  "said",
  "says",
  "told",
  "added",
  "as",
]);
// Words that end an inverted subject ("said Jane Poll, who…", "said the minister in a statement").
const AFTER_STOP = new Set([
  "who",
  "which",
  "that",
  "in",
  "on",
  "at",
  "during",
  "when",
  "while",
  "after",
  "before",
  "told",
  "as",
  "to",
  "adding",
  "saying",
  "because",
  "and",
  "but",
  "with",
]);

// Neither matches a lone space (see gapMatches).
const APPOSITIVE_CLOSE = /,|[—–]|\s-\s/;
const APPOSITIVE_OPEN = /[,—–(]|\s-\s/;

/** The subject before a cue (words from `floor` up to the cue), skipping fillers and one appositive. */
export function subjectBefore(view: SentenceView, cueFirst: number, floor: number): SpeakerPhrase | undefined {
  let end = skipBackFillers(view, cueFirst - 1, floor);
  if (end < floor) return undefined;
  let descriptor: SpeakerPhrase["descriptor"];
  if (gapMatches(view, end + 1, APPOSITIVE_CLOSE)) {
    // The appositive may hold a quoted title: "Lee, whose company shot "The Hollow Pines" last year, told…";
    // or sit between dashes: "Mr Hale - keen to calm investors - had said".
    let k = end;
    while (k > floor && end - k < MAX_APPOSITIVE && !gapMatches(view, k, APPOSITIVE_OPEN)) k--;
    if (k > floor && gapMatches(view, k, APPOSITIVE_OPEN)) {
      // "Alverson, a commissioner on the board, which sets the limits, said": past a relative clause, the subject is what it describes.
      if (RELATIVE_PRONOUNS.has(view.tokens[k]!.key)) {
        const outer = subjectBefore(view, k, floor);
        // Only a name with its description ("Alverson, a commissioner") or a bare subject; "…fled to the compound, the source" is a clause.
        if (outer && (!outer.descriptor || isProperName(view, outer.first, outer.last))) return outer;
      }
      descriptor = { first: k, last: end };
      end = k - 1;
    }
  }
  let first = end;
  // "the code he said exploits …": a subject pronoun right before the cue is the whole subject.
  const pronoun = !descriptor && SUBJECT_PRONOUNS.has(view.tokens[end]!.key);
  while (!pronoun && first - 1 >= floor && end - first < MAX_WORDS && !breaksBefore(view, first) && !isBoundary(view, first - 1)) first--;
  if (!pronoun) first = coordinatedStart(view, first, floor);
  first = skipLeadingFillers(view, first, end);
  if (first > end) return undefined;
  // "The company, Harlow Pharma, said" / "Teller's attorney, Greg Marsh, argued" / "One of the bidders, Dutch group LNM,": the name is the appositive.
  if (descriptor && (!view.tokens[end]!.cap || isDescription(view, first, end)) && namesSource(view, descriptor.first, descriptor.last)) {
    return { first: descriptor.first, last: descriptor.last, descriptor: { first, last: end } };
  }
  const antecedent = descriptor || pronoun ? undefined : restrictiveAntecedentBefore(view, first, floor);
  if (antecedent) return antecedent;
  // "Ana Ruiz, 54, a nurse from Leeds, said": an age between the name and its description.
  if (descriptor && first === end && isAge(view, first) && first - 1 > floor) {
    const named = nameEndingAt(view, first - 1, floor);
    if (named !== undefined) return { first: named, last: first - 1, descriptor };
  }
  if (descriptor && !view.tokens[first]!.cap) {
    const named = nameBeforeDescription(view, first, floor);
    if (named !== undefined) return { first: named, last: first - 1, descriptor: { first, last: end } };
  }
  return looksLikeSpeaker(view, first, end) ? { first, last: end, descriptor } : undefined;
}

const MAX_RELATIVE_WORDS = 20;
const MAX_ANTECEDENT_WORDS = 6;

/**
 * "A spokesperson who did not wish to be named because of agency policy said": the subject search stopped at
 * a word of the relative clause ("because"); the speaker is the noun phrase the restrictive "who" describes,
 * with its clause up to that word, when it opens its clause (`en.speaker.restrictive-relative`).
 */
function restrictiveAntecedentBefore(view: SentenceView, first: number, floor: number): SpeakerPhrase | undefined {
  const words = view.tokens;
  if (first - 1 < floor || !isBoundary(view, first - 1) || breaksBefore(view, first)) return undefined;
  for (let k = first - 2; k > floor && first - k <= MAX_RELATIVE_WORDS; k--) {
    if (words[k]!.quote >= 0 || breaksBefore(view, k + 1)) return undefined;
    if (words[k]!.key !== "who" || !restrictiveWho(view, k)) continue;
    let start = k - 1;
    while (start - 1 >= floor && k - start < MAX_ANTECEDENT_WORDS && !breaksBefore(view, start) && continuesAntecedent(view, start - 1)) start--;
    start = skipLeadingFillers(view, start, k - 1);
    const opens = start === floor || breaksBefore(view, start) || isBoundary(view, start - 1);
    // The restrictive clause is part of the phrase up to where the search stopped ("A spokesperson who did not wish to be named").
    return opens && start <= k - 1 && looksLikeSpeaker(view, start, k - 1) ? { first: start, last: first - 2 } : undefined;
  }
  return undefined;
}

const MAX_NAME_WORDS = 5;

function isAge(view: SentenceView, i: number): boolean {
  return /^\d{1,3}$/.test(view.tokens[i]!.raw) && /^\s*,\s*$/.test(gapBefore(view, i));
}

/**
 * The first word of a proper name (or a titled one) ending at word `last` and opening its clause ("Ana Ruiz"
 * before ", 54," or before ", a researcher at …,"); undefined when the capitalised run there is no name.
 */
function nameEndingAt(view: SentenceView, last: number, floor: number): number | undefined {
  const words = view.tokens;
  let first = last;
  while (first - 1 >= floor && last - first < MAX_NAME_WORDS && !breaksBefore(view, first) && words[first - 1]!.cap && words[first - 1]!.quote < 0) first--;
  const opensClause = first === floor || first === 0 || gapHolds(view, first, ",");
  return opensClause && (isProperName(view, first, last) || titledName(view, first, last)) ? first : undefined;
}

/**
 * "Ana Ruiz, a researcher at Harlow University, the country's oldest medical school, said": the phrase
 * found before the cue is itself a description after a comma; the name it describes stands before that
 * comma, opening its clause (`en.speaker.nested-appositive`). The index of the name's first word.
 */
function nameBeforeDescription(view: SentenceView, description: number, floor: number): number | undefined {
  const last = description - 1;
  if (last < floor || !/^\s*,\s*$/.test(gapBefore(view, description)) || !SPEAKER_DETERMINERS.has(view.tokens[description]!.key)) return undefined;
  return nameEndingAt(view, last, floor);
}

/**
 * A phrase that describes rather than names even when it ends in a name: its head, the word before its
 * first preposition, is lower case or a role noun ("Its branch president at Castlebridge", "Mayor of Springfield").
 */
function isDescription(view: SentenceView, first: number, last: number): boolean {
  let head = last;
  for (let i = first + 1; i <= last; i++) {
    if (HEAD_PREPOSITIONS.has(view.tokens[i]!.key)) {
      head = i - 1;
      break;
    }
  }
  const w = view.tokens[head]!;
  return !w.cap || ROLE_NOUNS.has(w.key);
}

/** A proper name, or a short description ending in one ("Dutch steel group LNM"). */
function namesSource(view: SentenceView, first: number, last: number): boolean {
  if (isProperName(view, first, last)) return true;
  if (titledName(view, first, last)) return true;
  let name = last;
  while (name > first && view.tokens[name - 1]!.cap) name--;
  const head = view.tokens[name - 1];
  return (
    last - first <= 5 &&
    name > first &&
    head !== undefined &&
    !head.cap &&
    (ORG_NOUNS.has(head.key) || ROLE_NOUNS.has(head.key)) &&
    isProperName(view, name, last)
  );
}

const MAX_TITLED_NAME = 8;

/** "former special envoy to Chile Marta Berg": a role noun, its complement, then a name of two capitalised words. */
function titledName(view: SentenceView, first: number, last: number): boolean {
  if (last - first > MAX_TITLED_NAME || last - first < 3 || !isProperName(view, last - 1, last)) return false;
  for (let i = first; i < last - 1; i++) if (!view.tokens[i]!.cap && ROLE_NOUNS.has(view.tokens[i]!.key)) return true;
  return false;
}

function isProperName(view: SentenceView, first: number, last: number): boolean {
  if (last - first > 4) return false;
  for (let i = first; i <= last; i++) if (!view.tokens[i]!.cap || PRONOUNS.has(view.tokens[i]!.key)) return false;
  return true;
}

/** The subject right after a cue in inverted order ("…," said Jane Poll, a spokeswoman for X). */
export function subjectAfter(view: SentenceView, cueLast: number, ceiling: number): SpeakerPhrase | undefined {
  const words = view.tokens;
  const first = cueLast + 1;
  if (first >= ceiling || breaksBefore(view, first) || words[first]!.quote >= 0) return undefined;
  const w = words[first]!;
  if (!PRONOUNS.has(w.key) && !w.cap && !DETERMINERS.has(w.key) && !NOUNS.has(w.key) && !bareTitleBeforeName(view, first, ceiling)) return undefined;
  let last = first;
  // "…, said the flag is a symbol": a finite verb ends the phrase (and shows it is the clause's subject, not the cue's).
  while (
    last + 1 < ceiling &&
    last - first < MAX_WORDS &&
    words[last + 1]!.quote < 0 &&
    !breaksBefore(view, last + 1) &&
    !AFTER_STOP.has(words[last + 1]!.key) &&
    !FINITE.has(words[last + 1]!.key)
  )
    last++;
  if (PRONOUNS.has(w.key)) last = first;
  if (!looksLikeSpeaker(view, first, last)) return undefined;
  const named = DETERMINERS.has(w.key) ? namedAfterDescription(view, first, last, ceiling) : undefined;
  if (named) return named;
  let descriptor: SpeakerPhrase["descriptor"];
  if (last + 1 < ceiling && /^\s*,\s*$/.test(gapBefore(view, last + 1))) {
    let d = last + 1;
    while (d + 1 < ceiling && words[d + 1]!.quote < 0 && !breaksBefore(view, d + 1)) d++;
    descriptor = { first: last + 1, last: d };
    // "…," said the finance minister, Ana Lopes: a description followed by the name it belongs to.
    if (DETERMINERS.has(w.key) && isDescription(view, first, last) && isProperName(view, descriptor.first, descriptor.last))
      return { first: descriptor.first, last: descriptor.last, descriptor: { first, last } };
  }
  return { first, last, descriptor };
}

const MAX_BARE_TITLE = 4;

/**
 * "…," said fire chief Ben Oduya / said defence lawyer Ana Ruiz: a title without an article, lower-case
 * modifiers ending in a role noun, right before a capitalised name (`en.speaker.inverted-title`).
 */
function bareTitleBeforeName(view: SentenceView, first: number, ceiling: number): boolean {
  const words = view.tokens;
  for (let k = first; k < ceiling && k - first < MAX_BARE_TITLE; k++) {
    const w = words[k]!;
    if (w.quote >= 0 || w.cap || (k > first && breaksBefore(view, k)) || FINITE.has(w.key) || isVerbLike(w.key)) return false;
    const name = words[k + 1];
    if (ROLE_NOUNS.has(w.key)) return name !== undefined && k + 1 < ceiling && name.cap && name.quote < 0 && !breaksBefore(view, k + 1);
  }
  return false;
}

const MAX_DESCRIPTION_TAIL = 6;
const MAX_NAME_PHRASE = 7;

/**
 * "…, said another witness in the inquiry, former city clerk Ana Lopez.": a description (with its
 * prepositional phrase) and, after a comma, the name it belongs to (maybe with its title) ending the
 * sentence. The name phrase is the speaker; the description its descriptor.
 */
function namedAfterDescription(view: SentenceView, first: number, last: number, ceiling: number): SpeakerPhrase | undefined {
  const words = view.tokens;
  let end = last;
  while (end + 1 < ceiling && end - last < MAX_DESCRIPTION_TAIL && words[end + 1]!.quote < 0 && !breaksBefore(view, end + 1)) end++;
  const nameFirst = end + 1;
  if (nameFirst >= ceiling || !/^\s*,\s*$/.test(gapBefore(view, nameFirst)) || !isDescription(view, first, end)) return undefined;
  let nameLast = nameFirst;
  while (nameLast + 1 < ceiling && nameLast - nameFirst < MAX_NAME_PHRASE && words[nameLast + 1]!.quote < 0 && !breaksBefore(view, nameLast + 1)) nameLast++;
  // The phrase ends in a name of two capitalised words or more ("former city clerk Ana Lopez").
  if (nameLast + 1 < words.length || nameLast === nameFirst || !isProperName(view, nameLast - 1, nameLast)) return undefined;
  return { first: nameFirst, last: nameLast, descriptor: { first, last: end } };
}

function skipBackFillers(view: SentenceView, from: number, floor: number): number {
  let end = from;
  for (;;) {
    const note = end >= floor ? beforeBracketedNote(view, end, floor) : undefined;
    if (note !== undefined) end = note;
    const key = view.tokens[end]?.key;
    // Fillers sit right before the cue ("Biden on Tuesday said"); after a comma they belong to an appositive.
    if (end < floor || key === undefined || breaksBefore(view, end + 1)) return end;
    if (PRE_CUE_FILLERS.has(key) || key === "not") end--;
    else if (TIME_WORDS.has(key) && end - 1 >= floor && TIME_PREPOSITIONS.has(view.tokens[end - 1]!.key)) end -= 2;
    // "A Home Office report published on Monday said": the participle that dates a document is not its name.
    else if (ISSUING.has(key) && end - 1 >= floor && DOCUMENTS.has(nounKey(view.tokens[end - 1]!.key))) end--;
    else return end;
  }
}

const MAX_CONJUNCT_WORDS = 3;

/**
 * "…, police and hospital officials said", "Mr Ross and his wife said": a first source joined by "and" to the
 * subject found so far, when the pair opens its clause (the sentence start or a comma before it). Else `first`.
 */
function coordinatedStart(view: SentenceView, first: number, floor: number): number {
  const words = view.tokens;
  const and = first - 1;
  if (and - 1 < floor || words[and]!.key !== "and" || words[and]!.quote >= 0 || breaksBefore(view, and) || breaksBefore(view, first)) return first;
  const last = words[and - 1]!;
  if (last.quote >= 0 || !(last.cap || NOUNS.has(nounKey(last.key)))) return first;
  let k = and - 1;
  while (k - 1 >= floor && and - k < MAX_CONJUNCT_WORDS && !breaksBefore(view, k) && !isBoundary(view, k - 1) && !isVerbLike(words[k - 1]!.key)) k--;
  const opensClause = k === 0 || gapHolds(view, k, ",");
  for (let i = k; i < and; i++) if (!words[i]!.cap && isVerbLike(words[i]!.key)) return first;
  return opensClause ? k : first;
}

const MAX_BRACKETED_WORDS = 4;

/**
 * "Mr Brown (pictured) said", "Sen. Ann Cole (D-Ohio) said": the word before a short bracketed note that ends
 * at word `end`. A bracketed short name ("the Department for Environment, Food and Rural Affairs (Defra)") is
 * left as a break: the name before it may hold commas the subject search would stop at.
 */
function beforeBracketedNote(view: SentenceView, end: number, floor: number): number | undefined {
  if (!/^\)\s*$/.test(gapBefore(view, end + 1))) return undefined;
  for (let k = end; k > floor && end - k < MAX_BRACKETED_WORDS; k--) {
    if (/^\s+\($/.test(gapBefore(view, k))) return k === end && view.tokens[k]!.cap && !view.tokens[k]!.raw.includes("-") ? undefined : k - 1;
    if (breaksBefore(view, k)) return undefined;
  }
  return undefined;
}

function skipLeadingFillers(view: SentenceView, from: number, end: number): number {
  let first = from;
  for (;;) {
    const key = view.tokens[first]?.key;
    if (first > end || key === undefined) return first;
    if (LEADING_FILLERS.has(key) && first < end) first++;
    else if (TIME_PREPOSITIONS.has(key) && TIME_WORDS.has(view.tokens[first + 1]?.key ?? "") && first + 1 < end) first += 2;
    else return first;
  }
}

function isBoundary(view: SentenceView, i: number): boolean {
  const w = view.tokens[i]!;
  if (w.quote >= 0) return true;
  // "The WHO said": an acronym is a name, not the relative pronoun it spells.
  if (w.raw.length > 1 && /^[A-Z]+$/.test(w.raw)) return false;
  if (w.key === "and") return !(view.tokens[i - 1]?.cap && view.tokens[i + 1]?.cap);
  return BOUNDARY.has(w.key);
}

/** A speaker phrase names someone: a pronoun, a capitalised name, or a role, group or document noun. */
export function looksLikeSpeaker(view: SentenceView, first: number, last: number): boolean {
  // "says WHO": an acronym spelt like a relative pronoun is a name (`en.speaker.acronym`).
  const opener = view.tokens[first]!;
  if (TIME_PREPOSITIONS.has(opener.key) || (RELATIVE_PRONOUNS.has(opener.key) && !/^\p{Lu}{2,}$/u.test(opener.raw))) return false;
  if (opensWithVerbOrPreposition(view, first, last) || opensPredicate(view, first)) return false;
  // "One of the bidders", "some of the residents": a part of a group speaks when the group would.
  if (first + 2 <= last && QUANTIFIERS.has(view.tokens[first]!.key) && view.tokens[first + 1]!.key === "of") return looksLikeSpeaker(view, first + 2, last);
  // "Both sides said", "All three insisted", "Several residents said": a quantifier and a noun or number name a group.
  if (first < last && last - first < 3 && GROUP_QUANTIFIERS.has(view.tokens[first]!.key) && isGroupHead(view, first + 1, last)) return true;
  // "The airline said", "A neighbour said": a short determiner phrase names someone even with an unlisted noun,
  // but not a transaction or an act ("…, a deal announced Monday").
  if (SPEAKER_DETERMINERS.has(view.tokens[first]!.key) && last > first && last - first < 4 && view.tokens[last]!.quote < 0)
    return !ACT_NOUNS.has(nounKey(view.tokens[last]!.key));
  for (let i = first; i <= last; i++) {
    const w = view.tokens[i]!;
    if (w.quote >= 0) return false;
    if (first === last && PRONOUNS.has(w.key)) return true;
    if (NOUNS.has(nounKey(w.key))) return true;
    if (w.cap && !DETERMINERS.has(w.key) && !LEADING_FILLERS.has(w.key) && !PRONOUNS.has(w.key) && !FIRST_PERSON.has(w.key)) return true;
  }
  return false;
}

const CLAUSE_PREPOSITIONS = new Set(["despite", "although", "though", "because", "unlike", "besides", "without"]);

/** "despite being the envoy", "breaks with Security Council resolutions": a preposition or a verb and its preposition open a clause, not a source. */
function opensWithVerbOrPreposition(view: SentenceView, first: number, last: number): boolean {
  const w = view.tokens[first]!;
  if (CLAUSE_PREPOSITIONS.has(w.key)) return true;
  const next = view.tokens[first + 1];
  if (w.cap || first === last || !next || !HEAD_PREPOSITIONS.has(next.key) || DETERMINERS.has(w.key) || QUANTIFIERS.has(w.key)) return false;
  return !NOUNS.has(nounKey(w.key)) && (w.key.endsWith("s") || isVerbLike(w.key));
}

const GROUP_QUANTIFIERS = new Set(["both", "all", "each", "several", "many", "some", "most"]);

function isGroupHead(view: SentenceView, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const w = view.tokens[i]!;
    if (w.quote >= 0 || w.cap || PRONOUNS.has(w.key) || FIRST_PERSON.has(w.key) || w.key === "of" || VERB_LIKE.has(w.key)) return false;
  }
  return true;
}

// "Here is what he said", "Nothing was said": capitalised only because they open the sentence.
const DEICTICS = new Set(["here", "there", "what", "nothing", "everything", "something", "everyone", "someone", "nobody", "anyone"]);

/** A capitalised name opening a sentence ("Judge Anita Sorensen set sentencing…"): a person a later pronoun may mean. */
export function sentenceSubject(view: SentenceView): SpeakerPhrase | undefined {
  const words = view.tokens;
  const opener = words[0]?.key ?? "";
  const fronted = SUBJECT_SUBORDINATORS.has(opener);
  let first = 0;
  // "At a bus stop on West Burnside Street, Jasmine Ortiz, 34, was…": skip an opening adverbial.
  // ("For Ruiz, the answer is simple": a preposition opening the sentence is not part of a name.)
  if (TIME_PREPOSITIONS.has(opener) || HEAD_PREPOSITIONS.has(opener) || LEADING_FILLERS.has(opener) || fronted) {
    first = 1;
    while (first < words.length && first < MAX_WORDS && !gapHolds(view, first, ",")) first++;
  }
  // "When President Ana Ruiz announced the deal, she said …": with no name in the main clause, the fronted clause's subject.
  return capitalisedSubjectFrom(view, first) ?? (fronted ? capitalisedSubjectFrom(view, 1) : undefined);
}

const SUBJECT_SUBORDINATORS = new Set(EN_FRONTED_SUBORDINATORS);

function capitalisedSubjectFrom(view: SentenceView, start: number): SpeakerPhrase | undefined {
  const words = view.tokens;
  let first = start;
  if (words[first]?.key === "the" && words[first + 1]?.cap) first++;
  let last = first - 1;
  for (;;) {
    const next = words[last + 1];
    if (!next || next.quote >= 0 || (last >= first && breaksBefore(view, last + 1))) break;
    if (next.cap) last++;
    // "Army Corps of Engineers", "Bank of England": a lower-case joiner between capitalised words.
    else if (last >= first && NAME_JOINERS.has(next.key) && words[last + 2]?.cap) last += 2;
    // "Council member Ana Ruiz", "Police chief Tom Hale": a lower-case role noun inside a title before a name.
    else if (last >= first && ROLE_NOUNS.has(next.key) && words[last + 2]?.cap && !breaksBefore(view, last + 2)) last++;
    // "Securities and Exchange Commission": "and" joins capitalised words when an organisation noun ends the name.
    else if (last >= first && next.key === "and" && words[last + 2]?.cap && endsInOrgNoun(view, last + 2)) last += 2;
    // "West Mercia police said", "Con Edison officials": a lower-case source noun closes the name it follows.
    // ("The Associated Press reports that …": a document noun before "that" is the verb, not part of the name.)
    else if (last >= first && NOUNS.has(nounKey(next.key)) && !(DOCUMENTS.has(next.key.replace(/s$/, "")) && words[last + 2]?.key === "that")) {
      last++;
      break;
    } else break;
  }
  // One capitalised word is a name only before a verb ("Rosneft bought…"), else it may be any opening word.
  // "Shares rose…", "Prices fell…": a lone capitalised plural opening the sentence is a common noun, not a name.
  const single = last === first && (!isVerbLike(words[last + 1]?.key ?? "") || /[^su'’]s$/.test(words[last]!.raw));
  if (
    last < first ||
    // "Senator Ruth Alvarez's office said": a possessor is not the sentence's subject.
    /['’]s$/.test(words[last]!.raw) ||
    single ||
    last + 1 >= words.length ||
    DETERMINERS.has(words[first]!.key) ||
    LEADING_FILLERS.has(words[first]!.key) ||
    DEICTICS.has(words[first]!.key) ||
    PRONOUNS.has(words[first]!.key) ||
    FIRST_PERSON.has(words[first]!.key)
  )
    return undefined;
  return { first: words[first - 1]?.key === "the" ? first - 1 : first, last };
}

/** The run of capitalised words from i ends in an organisation noun ("Hazard Investigation Board"). */
function endsInOrgNoun(view: SentenceView, i: number): boolean {
  const words = view.tokens;
  let last = i;
  while (last - i < MAX_WORDS && words[last + 1]?.cap && words[last + 1]!.quote < 0 && !breaksBefore(view, last + 1)) last++;
  return ORG_NOUNS.has(words[last]!.key);
}

/** A noun's lexicon key: no possessive, singular ("ministries" → "ministry", "council's" → "council"). */
export function nounKey(key: string): string {
  const bare = withoutPossessive(key);
  if (NOUNS.has(bare)) return bare;
  // "the 45-year-old": an age used as a noun is a role whatever the number.
  if (bare.endsWith("-year-old")) return "year-old";
  if (bare.endsWith("ies")) return `${bare.slice(0, -3)}y`;
  if (bare.endsWith("s")) return bare.slice(0, -1);
  return bare;
}

/**
 * The subject opening a sentence, up to its first verb ("Analysts were more cautious, saying…"),
 * for a participle cue with no earlier attribution in the sentence.
 */
export function openingSubject(view: SentenceView, before: number): SpeakerPhrase | undefined {
  const words = view.tokens;
  const start = pastOpeningAdverbial(view, before);
  let last = start - 1;
  while (last + 1 < before && last - start < MAX_WORDS && !isVerbLike(words[last + 1]!.key) && !breaksBefore(view, last + 1 + (last < start ? 1 : 0))) last++;
  // "Ruiz later apologised, saying …": an adverb before the verb is not part of the subject.
  while (last > start && PRE_CUE_FILLERS.has(words[last]!.key)) last--;
  if (last < start) return undefined;
  const first = skipLeadingFillers(view, start, last);
  return first <= last && looksLikeSpeaker(view, first, last) ? { first, last } : undefined;
}

const TIME_OPENERS = new Set(["before", "after", "during", "following", "amid", "ahead", "until", "since", "despite", "throughout"]);
const TIME_MEASURES = new Set(["seconds", "minutes", "hours", "days", "weeks", "months", "years", "moments"]);
const MEASURED_TIME = new Set(["before", "after", "later", "earlier"]);

/** "Before the game, …", "Hours before the vote, …", "Days after the fire, …": a sentence that opens with a time adverbial. */
function opensTimeAdverbial(view: SentenceView): boolean {
  const [first, second] = view.tokens;
  if (!first || first.quote >= 0) return false;
  return TIME_OPENERS.has(first.key) || (TIME_MEASURES.has(first.key) && MEASURED_TIME.has(second?.key ?? ""));
}

/** "In Washington, the spokesman condemned …": the index after an opening prepositional phrase and its comma (0 when none). */
function pastOpeningAdverbial(view: SentenceView, before: number): number {
  const words = view.tokens;
  const opener = words[0]?.key ?? "";
  if (!TIME_PREPOSITIONS.has(opener) && !HEAD_PREPOSITIONS.has(opener) && !opensTimeAdverbial(view)) return 0;
  for (let i = 1; i < before && i <= MAX_WORDS; i++) if (gapHolds(view, i, ",")) return i;
  return 0;
}

/**
 * "sent a letter to management": a lower-case verb followed by a determiner opens a predicate, never a
 * source (`en.speaker.not-verb-phrase`). Word `first` of the view.
 */
export function opensPredicate(view: SentenceView, first: number): boolean {
  const w = view.tokens[first];
  const next = view.tokens[first + 1];
  return w !== undefined && next !== undefined && !w.cap && w.quote < 0 && isVerbLike(w.key) && DETERMINERS.has(next.key);
}

export function isVerbLike(key: string): boolean {
  return VERB_LIKE.has(key) || (key.endsWith("ed") && key.length > 4);
}

const RELATIVE_PRONOUNS = new Set(["who", "which", "whose"]);
// Words that end an antecedent when walking back over it from its relative pronoun: a clause or a prepositional phrase lies before them.
const ANTECEDENT_STOPS = new Set(["by", "with", "from", "to", "against", "on", "in", "at", "about", "among", "including", "like", "than", "between"]);
const ANTECEDENT_JOINERS = new Set(["of", "for"]);

/**
 * The antecedent of a relative pronoun opening a cue's clause: in "…criticised by green groups, who say it
 * will…" the speaker is "green groups"; in "the source, who said he…" it is "the source". The pronoun must
 * follow a comma (a non-restrictive clause); undefined when no speaker-like phrase stands before it.
 */
export function relativeSubject(view: SentenceView, cueFirst: number): SpeakerPhrase | undefined {
  const words = view.tokens;
  let who = cueFirst - 1;
  while (who > 0 && PRE_CUE_FILLERS.has(words[who]!.key)) who--;
  if (who < 1 || !RELATIVE_PRONOUNS.has(words[who]!.key) || !(gapHolds(view, who, ",") || restrictiveWho(view, who))) return undefined;
  const last = who - 1;
  let first = last;
  while (first - 1 >= 0 && last - first < MAX_WORDS && !breaksBefore(view, first) && continuesAntecedent(view, first - 1)) first--;
  first = skipLeadingFillers(view, first, last);
  if (first > last) return undefined;
  // "who" refers to people: any noun phrase before it names them ("fishing cooperatives, who say").
  const personal = words[who]!.key === "who" && !PRONOUNS.has(words[last]!.key) && !DETERMINERS.has(words[last]!.key);
  return personal || looksLikeSpeaker(view, first, last) ? { first, last } : undefined;
}

/**
 * "a senior engineer who described …", "Ana Ruiz who said …": a restrictive "who" (no comma) after a
 * role or group noun or a name still has its antecedent as the speaker.
 */
export function restrictiveWho(view: SentenceView, who: number): boolean {
  const w = view.tokens[who]!;
  const before = view.tokens[who - 1];
  if (w.key !== "who" || w.quote >= 0 || !before || before.quote >= 0 || breaksBefore(view, who) || PRONOUNS.has(before.key)) return false;
  return ROLE_NOUNS.has(nounKey(before.key)) || NOUNS.has(nounKey(before.key)) || (before.cap && who > 1);
}

/** Word i belongs to the antecedent noun phrase ("a spokesman for the ministry"), not to the clause before it. */
function continuesAntecedent(view: SentenceView, i: number): boolean {
  const w = view.tokens[i]!;
  if (w.quote >= 0 || ANTECEDENT_STOPS.has(w.key) || isBoundary(view, i) || (!w.cap && isVerbLike(w.key))) return false;
  if (ANTECEDENT_JOINERS.has(w.key)) return NOUNS.has(nounKey(view.tokens[i - 1]?.key ?? "")) || (view.tokens[i - 1]?.cap ?? false);
  return true;
}

const MAX_OPENING_DESCRIPTION = 5;

/**
 * "The health minister, Dr Rafael Ortiz, visited …", "Its chief executive, Ingrid Moe, blamed …": a sentence
 * opening with a role description and the name in apposition. The name is the phrase; the description its
 * descriptor, so a later "the minister" can refer back to the person.
 */
export function openingAppositiveName(view: SentenceView): SpeakerPhrase | undefined {
  const words = view.tokens;
  if (!DETERMINERS.has(words[0]?.key ?? "")) return undefined;
  let end = 1;
  while (end < words.length && end <= MAX_OPENING_DESCRIPTION && !gapHolds(view, end, ",")) end++;
  // "The group, Riders United, formed …": an organisation noun is described by its name as a role noun is.
  const head = words[end - 1]?.key ?? "";
  if (end >= words.length || end > MAX_OPENING_DESCRIPTION || !(ROLE_NOUNS.has(head) || ORG_NOUNS.has(head))) return undefined;
  let last = end;
  while (last + 1 < words.length && words[last + 1]!.cap && !breaksBefore(view, last + 1) && last - end < 4) last++;
  if (!gapHolds(view, last + 1, ",") || !isProperName(view, end, last)) return undefined;
  return { first: end, last, descriptor: { first: 0, last: end - 1 } };
}
