import { BY_SAYING } from "./by-saying.ts";
import { contrastiveSubject } from "./contrast.ts";
import {
  ADDRESSEE_KEYS,
  DEMONSTRATIVE_KEYS,
  inSet,
  isDefinite,
  isVerbalNounKey,
  MASCULINE_HEAD_KEYS,
  ORGANISATION_KEYS,
  TITLE_KEYS,
  type CueForm,
} from "./lexicon-index.ts";
import { gapBefore, hasClauseStop, hasComma, type SentenceView } from "./sentence-view.ts";
import { readSpeakerAfter, type SpeakerPhrase } from "./speaker-phrase.ts";
import type { SpeakerRegistry } from "./speaker-registry.ts";

/**
 * The subject of the reporting verb at word j, wherever Arabic puts it: between كان/أما/أن and the
 * verb ("وكانت الوزارة أعلنت"), before a relative clause ("…الوزارة، والتي نفت"), or after the verb
 * (VSO, the usual order). `beforeVerb` says which side it was found on; no phrase means pro-drop.
 */
export function subjectOfVerb(view: SentenceView, j: number, cue: CueForm, registry: SpeakerRegistry): { phrase?: SpeakerPhrase; beforeVerb: boolean } {
  const before = subjectBeforeVerb(view, j) ?? antecedentOfRelative(view, j) ?? contrastiveSubject(view, j);
  if (before) return { phrase: before, beforeVerb: true };
  let from = j + 1;
  while (from < view.tokens.length && from <= j + 2 && PRONOUN_OBJECTS.has(view.tokens[from]!.key) && !hasComma(gapBefore(view, from))) from++;
  const after = readSpeakerAfter(view, from, new Set(cue.row.preps ?? []));
  return { phrase: trimToKnownName(asSubject(after, cue), registry), beforeVerb: false };
}

/** A preposition with a pronoun between a verb and its subject: "قال له الموظف", "أكد لي رئيس القسم", "ما صرحت به الوزيرة". */
export const PRONOUN_OBJECTS = new Set([
  "له",
  "لها",
  "لهم",
  "لهما",
  "لي",
  "لنا",
  "لك",
  "به",
  "بها",
  "بهم",
  "منه",
  "منها",
  "منهم",
  "فيه",
  "فيها",
  "عنه",
  "عنها",
  "عليه",
  "عليها",
  "اليه",
  "اليها",
  "اياه",
  "اياها",
  "اياهم",
  ...BY_SAYING,
]);

/** Words after which the subject comes before its verb: "وكانت الوزارة أعلنت", "أما النائبة … فقالت". */
const SUBJECT_FIRST = new Set(["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا", "اما", "واما", "ان", "لكن", "ولكن"]);

const MAX_SUBJECT_BEFORE_VERB = 30;

/** "ودعت المدرسين إلى…": a definite sound plural in -ين is an object (a subject would be -ون), so the verb has none. */
function asSubject(phrase: SpeakerPhrase | undefined, cue: CueForm): SpeakerPhrase | undefined {
  if (!phrase || phrase.apposition) return phrase;
  const head = phrase.words[0]!.key;
  if (isObjectPhrase(phrase)) return undefined;
  if (/^ال.{3,}ين$/.test(head) && !inSet(ORGANISATION_KEYS, head) && !inSet(TITLE_KEYS, head)) return undefined; // not "الكرملين"
  if (cue.row.obj && phrase.words.length > 1 && isAddressee(phrase.words.at(-1)!.key)) {
    return { first: phrase.first, last: phrase.last - 1, words: phrase.words.slice(0, -1) }; // "ودعت منظمة العفو الدولية السلطات إلى…"
  }
  // "واتهمت الجيش السوداني بـ…": a feminine verb does not take a masculine singular head as its subject.
  if (cue.gender === "f" && cue.tense === "past" && isMasculineHead(head)) return undefined;
  return phrase;
}

/**
 * "وفسرت هذا التراجع بـ…", "وجدد التأكيد على أن…": a demonstrative before anything but a title or
 * "الأخير", or a definite verbal noun, is the verb's object; the subject is dropped.
 */
function isObjectPhrase(phrase: SpeakerPhrase): boolean {
  const [head, next] = phrase.words;
  if (isVerbalNounKey(head!.key.replace(/^ال/, ""))) return true; // a verbal noun never speaks: "يؤكد تزايد الإقبال"
  if (!DEMONSTRATIVE_KEYS.has(head!.key)) return false;
  return !next || !(inSet(TITLE_KEYS, next.key) || inSet(ORGANISATION_KEYS, next.key) || /^الاخير/.test(next.key));
}

/** A definite title or body that is masculine singular: الجيش، الرئيس، المجلس (not الوزارة، القوات، المصادر). */
function isMasculineHead(key: string): boolean {
  return MASCULINE_HEAD_KEYS.has(key);
}

/** "ولم يستبعد الطرابلسي اللجوء إلى…": a speaker already named ends where the known name ends. */
function trimToKnownName(phrase: SpeakerPhrase | undefined, registry: SpeakerRegistry): SpeakerPhrase | undefined {
  if (!phrase || phrase.apposition) return phrase;
  const known = registry.knownNameLength(phrase.words.map((w) => w.key));
  return known > 0 && known < phrase.words.length ? { first: phrase.first, last: phrase.first + known - 1, words: phrase.words.slice(0, known) } : phrase;
}

/** "وكانت وزارة الداخلية أعلنت…", "وكان المتحدث، مصطفى الحلفي، قد قال…": the subject between كان and the verb. */
function subjectBeforeVerb(view: SentenceView, j: number): SpeakerPhrase | undefined {
  let last = j - 1;
  if (last >= 0 && view.tokens[last]!.key === "قد") last--;
  for (let k = last; k >= 0 && last - k < MAX_SUBJECT_BEFORE_VERB; k--) {
    if (hasClauseStop(gapBefore(view, k + 1))) return undefined;
    if (!SUBJECT_FIRST.has(view.tokens[k]!.key)) continue;
    if (k === last) return undefined;
    if (!KAANA_OR_AMMA.has(view.tokens[k]!.key) && !namesASpeaker(view.tokens[k + 1]!.key)) return undefined; // "غير أن مصدرا عسكريا قال"
    const phrase = readSpeakerAfter(view, k + 1, new Set());
    if (phrase?.last === last || (phrase && isAsideBetween(view, phrase.last + 1, last))) return phrase;
    return hasComma(view.text.slice(view.tokens[k]!.end, view.tokens[last]!.end))
      ? undefined
      : { first: k + 1, last, words: view.tokens.slice(k + 1, last + 1) };
  }
  return undefined;
}

/**
 * "وكانت النائبة، التي جُمدت عضويتها في الحزب، قد أكدت…": words between the subject and its verb that
 * open with a comma or a relative pronoun and close with a comma are an aside about the subject.
 */
function isAsideBetween(view: SentenceView, from: number, last: number): boolean {
  if (from > last) return false;
  const opens = hasComma(gapBefore(view, from)) || RELATIVES.has(view.tokens[from]!.key);
  return opens && hasComma(gapBefore(view, last + 1));
}

const KAANA_OR_AMMA = new Set(["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا", "اما", "واما"]);

/** After أن/لكن only a title, body or source can be a subject before the verb. */
function namesASpeaker(key: string): boolean {
  const bare = key.replace(/ا$/, ""); // accusative after أن: "مصدرا"
  return [key, bare].some((k) => inSet(TITLE_KEYS, k) || inSet(ORGANISATION_KEYS, k));
}

export const RELATIVES = new Set(["الذي", "التي", "الذين", "والذي", "والتي", "والذين"]);

const MAX_ANTECEDENT_WORDS = 6;

/** "…مع وزارة التموين والتجارة الداخلية، والتي نفت…": the verb of a relative clause speaks for the noun before it. */
function antecedentOfRelative(view: SentenceView, j: number): SpeakerPhrase | undefined {
  if (!RELATIVES.has(view.tokens[j - 1]?.key ?? "")) return undefined;
  let first = j - 1;
  while (first - 1 >= 0 && j - 1 - first < MAX_ANTECEDENT_WORDS) {
    const word = view.tokens[first - 1]!;
    if (!isDefinite(word) && !inSet(ORGANISATION_KEYS, word.key) && !inSet(TITLE_KEYS, word.key)) break;
    if (hasClauseStop(gapBefore(view, first))) break;
    first--;
  }
  if (first === j - 1) return undefined;
  const words = view.tokens.slice(first, j - 1);
  return inSet(ORGANISATION_KEYS, words[0]!.key) || inSet(TITLE_KEYS, words[0]!.key) ? { first, last: j - 2, words } : undefined;
}

/** Whom a call is addressed to: a listed addressee, or a definite plural object in -ين ("المانحين", "المواطنين"). */
function isAddressee(key: string): boolean {
  return ADDRESSEE_KEYS.has(key) || (/^ال.{3,}ين$/.test(key) && !inSet(ORGANISATION_KEYS, key) && !inSet(TITLE_KEYS, key));
}
