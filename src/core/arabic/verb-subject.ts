import { BY_SAYING } from "./by-saying.ts";
import { contrastiveSubject } from "./contrast.ts";
import {
  ADDRESSEE_KEYS,
  cueFormOf,
  DEMONSTRATIVE_KEYS,
  hasDerivedVerbalNounShape,
  HUMAN_PLURAL_KEYS,
  inSet,
  isDefinite,
  isComplementiser,
  isGoverningNoun,
  isOwnSpeechEvent,
  isTimeKey,
  isVerbalNounKey,
  MASCULINE_HEAD_KEYS,
  NAME_PARTICLE_KEYS,
  OBJECT_NOUN_KEYS,
  PLACE_KEYS,
  ORGANISATION_KEYS,
  SUPPLEMENT_KEYS,
  TITLE_KEYS,
  UNNAMED_KEYS,
  type CueForm,
} from "./lexicon-index.ts";
import { isAdjectiveKey } from "./act-verb-subject.ts";
import { findContentStart, isOtherAfterPronoun } from "./content.ts";
import type { Token } from "../text/tokens.ts";
import { gapBefore, hasClauseStop, hasColon, hasComma, type SentenceView } from "./sentence-view.ts";
import { readSpeakerAfter, type SpeakerPhrase } from "./speaker-phrase.ts";
import { splitSpeaker } from "./split-speaker.ts";
import type { SpeakerRegistry } from "./speaker-registry.ts";

/**
 * The subject of the reporting verb at word j, wherever Arabic puts it: between كان/أما/أن and the
 * verb ("وكانت الوزارة أعلنت"), before a relative clause ("…الوزارة، والتي نفت"), or after the verb
 * (VSO, the usual order). `beforeVerb` says which side it was found on; no phrase means pro-drop.
 */
export function subjectOfVerb(view: SentenceView, j: number, cue: CueForm, registry: SpeakerRegistry): { phrase?: SpeakerPhrase; beforeVerb: boolean } {
  const before =
    subjectBeforeVerb(view, j) ??
    antecedentOfRelative(view, j) ??
    contrastiveSubject(view, j) ??
    subjectOpeningSentence(view, j, cue, registry) ??
    subjectOpeningClause(view, j, registry);
  if (before) return { phrase: before, beforeVerb: true };
  let from = j + 1;
  // "قال له الموظف", "وأكد بدوره رئيس الاتحاد": a pronoun object or an adverb before the subject.
  const beforeSubject = (k: number) => PRONOUN_OBJECTS.has(view.tokens[k]!.key) || isTimeKey(view.tokens[k]!.key) || isOtherAfterPronoun(view, k);
  while (from < view.tokens.length && from <= j + 2 && beforeSubject(from) && !hasComma(gapBefore(view, from))) from++;
  const after = readSpeakerAfter(view, from, new Set(cue.row.preps ?? []));
  const subject = asSubject(splitAtObject(view, withoutOutletTold(view, after, cue), cue), cue);
  if (subject && isAddressedOnly(subject, cue, registry)) return { beforeVerb: false };
  return { phrase: trimToKnownName(subject, registry), beforeVerb: false };
}

/**
 * "أبلغ مسؤول أمني «رويترز» أن…", "أخبر مصدر دبلوماسي «الشرق الأوسط» أن…": after a verb of telling,
 * a quoted name right after an unnamed source is whom the source told, not part of the source.
 */
function withoutOutletTold(view: SentenceView, phrase: SpeakerPhrase | undefined, cue: CueForm): SpeakerPhrase | undefined {
  if (!phrase || !cue.row.obj || cue.row.preps || !UNNAMED_KEYS.has(phrase.words[0]!.key.replace(/^ال/, ""))) return phrase;
  const quoted = phrase.words.findIndex((word, i) => i > 0 && inQuote(view, word) && !inQuote(view, phrase.words[i - 1]!));
  if (quoted < 0) return phrase;
  const words = phrase.words.slice(0, quoted);
  return { first: phrase.first, last: view.tokens.indexOf(words.at(-1)!, phrase.first), words };
}

const inQuote = (view: SentenceView, word: Token) => view.quotes.some((q) => q.open < word.start && word.end <= q.close);

const ANY_VERB: CueForm = { row: { gloss: "any verb", past: "", present: "", np: true, obj: true }, gender: "m", tense: "past" };

/**
 * "التقى وزير الخارجية فيصل بن فرحان نظيره…", "وأصدرت الجمعية بيانا، داعية…": the subject of a
 * sentence's first verb when it is not a reporting verb, if a title or a body heads it. It is
 * registered so that "الوزير" later, or a participle in the same sentence, points back to it.
 */
export function subjectOfOtherVerb(view: SentenceView): SpeakerPhrase | undefined {
  const v = afterLeadingPhrase(view);
  const verb = view.tokens[v];
  const noun = inSet(TITLE_KEYS, verb?.key ?? "") || inSet(ORGANISATION_KEYS, verb?.key ?? ""); // "التقى" is a verb, "الوزير" is not
  if (!verb || view.tokens.length < v + 3 || noun || cueFormOf(verb.key) || isTimeKey(verb.key) || SUBJECT_FIRST.has(verb.key) || NOT_VERBS.has(verb.key))
    return undefined;
  if (hasComma(gapBefore(view, v + 1)) || hasColon(gapBefore(view, v + 1))) return undefined;
  const phrase = splitAtObject(view, readSpeakerAfter(view, v + 1, new Set()), ANY_VERB, true);
  const head = phrase?.words[0]?.key ?? "";
  if (!phrase || !(inSet(TITLE_KEYS, head) || inSet(ORGANISATION_KEYS, head)) || isObjectPhrase(phrase)) return undefined;
  // Only a named person is worth remembering here (a participle after the verb is the act-verb rule's); the phrase ends with the name.
  if (phrase.apposition) return phrase; // "النائبة عن حزب الأمل، ليلى الشريف،": the name is set off by commas
  const name = splitSpeaker(phrase.words).name;
  if (name.length < 2) return undefined;
  const last = phrase.words.indexOf(name.at(-1)!);
  return { first: phrase.first, last: phrase.first + last, words: phrase.words.slice(0, last + 1) };
}

const MAX_LEADING_PHRASE_WORDS = 5;

/** "وفي مجلس النواب، وجهت النائبة…", "من جانبه، استقبل…": the verb after a short leading phrase and its comma (else 0). */
function afterLeadingPhrase(view: SentenceView): number {
  if (!NOT_VERBS.has(view.tokens[0]?.key ?? "")) return 0;
  for (let k = 1; k < view.tokens.length && k <= MAX_LEADING_PHRASE_WORDS; k++) {
    if (hasComma(gapBefore(view, k))) return k;
  }
  return 0;
}

/** Sentence openers that are not verbs: particles and prepositions before a noun. */
const NOT_VERBS = new Set([
  "في",
  "وفي",
  "من",
  "ومن",
  "علي",
  "وعلي",
  "الي",
  "والي",
  "مع",
  "ومع",
  "عن",
  "وعن",
  "منذ",
  "ومنذ",
  "بعد",
  "وبعد",
  "قبل",
  "وقبل",
  "لكن",
  "ولكن",
  "حيث",
  "وحيث",
  "كما",
  "وكما",
  "اما",
  "واما",
  "لا",
  "ولا",
  "لم",
  "ولم",
  "هذا",
  "وهذا",
  "هذه",
  "وهذه",
]);

/**
 * "وقال رئيس البلدية إن… ودعا السكان إلى التعاون": a call whose only noun is an addressee names whom
 * the speaker already quoted calls on. A masculine verb before a feminine body ("ودعا الحكومة إلى")
 * cannot have it as its subject; otherwise the addressee is the object when someone agreeing with the
 * verb was quoted before.
 */
function isAddressedOnly(phrase: SpeakerPhrase, cue: CueForm, registry: SpeakerRegistry): boolean {
  if (!cue.row.obj || phrase.words.length !== 1 || !isAddressee(phrase.words[0]!.key)) return false;
  const feminineBody = /(ه|ات)$/.test(phrase.words[0]!.key);
  if (cue.gender === "m" && feminineBody) return true;
  return registry.hasSpeaker(cue.gender);
}

/**
 * "اتهم الرئيس الإيراني أوروبا بالتقاعس", "حمّل الوزير الحكومة مسؤولية…", "أدان الأزهر الهجوم": when no
 * complementiser, colon or quotation follows, the words after the verb hold its subject and then its
 * object. Once the subject's title is complete (its last word needs no complement), a place, an
 * addressee, a body, an object noun or a definite verbal noun starts the object.
 */
function splitAtObject(view: SentenceView, phrase: SpeakerPhrase | undefined, cue: CueForm, titleStartsObject = false): SpeakerPhrase | undefined {
  if (!phrase || phrase.apposition) return phrase;
  const cut = (i: number) => ({ first: phrase.first, last: phrase.first + i - 1, words: phrase.words.slice(0, i) });
  // "وجدد الوزير التأكيد على أن…", "وتدعو الأحزاب أنصارها إلى…", "وأبلغت الوزارة السفير بأن…": whatever the verb and its content.
  const object = phrase.words.findIndex((word, i) => i > 0 && completesSubject(phrase.words, i) && isObjectAfterSubject(word, phrase.words[i - 1]!, cue));
  const atObject = object > 0 ? cut(object) : phrase;
  if (!(cue.row.obj || cue.row.np || cue.row.preps)) return atObject;
  // "ووصف الرئيس الاتفاق بأنه تاريخي": for وصف/اعتبر an object stands before بأن.
  const describes = cue.row.obj && (cue.row.preps ?? []).includes("ب") && /^بان/.test(view.tokens[phrase.last + 1]?.key ?? "");
  if (!describes && introducesContent(view, phrase.last + 1)) return atObject;
  for (let i = 1; i < phrase.words.length; i++) {
    if (i === object) return cut(i);
    const word = phrase.words[i]!;
    // "استقبل الرئيس فلان السفير…": after a name a title is whom he met ("أمير المنطقة الأمير فلان" is one person).
    // "استقبل الرئيس فلان الفلاني السفير/الوفد…": after a full name (two words or more) a definite word is whom he met.
    const name = titleStartsObject && isDefinite(word) ? splitSpeaker(phrase.words.slice(0, i)).name : [];
    const met = name.length >= 2 && name.includes(phrase.words[i - 1]!) && !NAME_PARTICLE_KEYS.has(phrase.words[i - 2]?.key ?? ""); // not "عبد المجيد العربي"
    const inPrepositionalPhrase = phrase.words.slice(0, i).some((w) => ["من", "في", "علي", "عن", "الي"].includes(w.key)); // "عدد من أهالي القريتين": genitive
    // "واعتبر الوزير ذلك انتهاكا", "اعتبرته النقابات تهديدا صريحا", "واعتبر الوزير القرار خطوة مهمة": what is deemed, or the predicate.
    const deemed =
      Boolean(cue.row.deem) && (DEMONSTRATIVE_KEYS.has(word.key) || deemedPredicate(word, cue) || (!cue.objectSuffix && deemedObject(phrase.words, i)));
    if (completesSubject(phrase.words, i) && (startsObject(word, inPrepositionalPhrase) || met || deemed)) return cut(i);
  }
  return phrase;
}

/**
 * After a definite subject, words that cannot go on with it: a definite verbal noun (a verbal noun
 * never speaks), a noun carrying a possessive suffix ("أنصارها": a definite word takes no genitive
 * head after it), and, after a verb of telling, the definite title of whom it tells ("السفير").
 */
function isObjectAfterSubject(word: Token, previous: Token, cue: CueForm): boolean {
  if (!isDefinite(previous)) return false;
  if (isDefinite(word)) return isVerbalNounKey(word.key.replace(/^ال/, "")) || (Boolean(cue.row.obj) && !cue.row.preps && inSet(TITLE_KEYS, word.key));
  if (isOwnSpeechEvent(word.key)) return true; // "واختتم المركز بيانه بـ…": the statement it closes
  // "المتحدث باسمها", "الموجهة إليها": a preposition with its pronoun; "اللغة الإسبانية وآدابها": a coordinated genitive.
  if (/^[بلو]/.test(word.key) || PRONOUN_OBJECTS.has(word.key)) return false;
  // "النائب عبدالله فلان", "الشيخ نصرالله": a name built on الله written as one word is no noun with "his".
  return /(ها|هم|هما)$/.test(word.raw) || (/ه$/.test(word.raw) && word.raw.length >= 5 && !/الله$/.test(word.key));
}

/**
 * Whether the words before i can end the subject: a definite word ("الرئيس الإيراني"), or a personal
 * name of two plain words ("دونالد ترامب"). After another indefinite word the next is its genitive
 * ("قوات الدعم السريع", "مصرف ليبيا المركزي", "حركة نداء تونس", "مدير عام الشركة").
 */
function completesSubject(words: readonly Token[], i: number): boolean {
  const plainWord = (w: Token | undefined) => w !== undefined && !isDefinite(w) && !isGoverningNoun(w.key) && w.key !== "عام";
  const nameBefore = plainWord(words[i - 1]) && (plainWord(words[i - 2]) || NAME_PARTICLE_KEYS.has(words[i - 3]?.key ?? "")); // "عبد المجيد تبون"
  return isDefinite(words[i - 1]!) || (i >= 2 && nameBefore);
}

function startsObject(word: Token, inPrepositionalPhrase: boolean): boolean {
  const key = word.key;
  const definite = isDefinite(word);
  const accusativePlural = !inPrepositionalPhrase && /^ال.{3,}ين$/.test(key) && !inSet(ORGANISATION_KEYS, key) && !inSet(TITLE_KEYS, key); // "الانفصاليين"
  return (
    accusativePlural ||
    PLACE_KEYS.has(key) ||
    OBJECT_NOUN_KEYS.has(key) ||
    ADDRESSEE_KEYS.has(key) ||
    (definite && inSet(ORGANISATION_KEYS, key)) ||
    (definite && isVerbalNounKey(key.replace(/^ال/, "")))
  );
}

/** A complementiser, a colon or a quotation right after the phrase: the content is a clause, so no object split is needed. */
function introducesContent(view: SentenceView, k: number): boolean {
  const word = view.tokens[k];
  if (word === undefined) return false; // the phrase ran to the sentence end: it swallowed the object
  return isComplementiser(word.key) || hasColon(gapBefore(view, k)) || view.quotes.some((q) => q.open < word.start && word.start < q.close);
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
/** Countries whose names are masculine ("قال العراق", "أكد الأردن"); the others take a feminine verb. */
const MASCULINE_PLACES = new Set(["العراق", "الاردن", "المغرب", "السودان", "اليمن", "لبنان", "البحرين", "الكويت"]);

/** "أكد فيه، تعليقا على…": an accusative of purpose after the verb is an adverbial, never its subject. */
const ADVERBIAL_ACCUSATIVES = new Set(["تعليقا", "ردا", "جوابا", "تعقيبا", "تفاعلا", "توضيحا", "تاكيدا", "ايضاحا"]);

/** "ودعت المدرسين إلى…": a definite sound plural in -ين is an object (a subject would be -ون), so the verb has none. */
function asSubject(phrase: SpeakerPhrase | undefined, cue: CueForm): SpeakerPhrase | undefined {
  if (!phrase || phrase.apposition) return phrase;
  const head = phrase.words[0]!.key;
  if (isObjectPhrase(phrase) || ADVERBIAL_ACCUSATIVES.has(head)) return undefined;
  if (/^ال.{3,}ين$/.test(head) && !inSet(ORGANISATION_KEYS, head) && !inSet(TITLE_KEYS, head)) return undefined; // not "الكرملين"
  if (cue.row.obj && phrase.words.length > 1 && isAddressee(phrase.words.at(-1)!.key) && !isGenitiveOfGroup(phrase)) {
    return { first: phrase.first, last: phrase.last - 1, words: phrase.words.slice(0, -1) }; // "ودعت منظمة العفو الدولية السلطات إلى…"
  }
  // "واتهمت الجيش السوداني بـ…": a feminine verb does not take a masculine singular head as its subject.
  if (cue.gender === "f" && cue.tense === "past" && isMasculineHead(head)) return undefined;
  // "واتهم أوكرانيا بشن…": a masculine verb does not take a country (feminine) as its subject.
  if (cue.gender === "m" && PLACE_KEYS.has(head) && !MASCULINE_PLACES.has(head)) return undefined;
  return phrase;
}

/** "اعتبرته النقابات تهديدا": after a verb carrying its object, an indefinite accusative is what it is deemed. */
function deemedPredicate(word: Token, cue: CueForm): boolean {
  return cue.objectSuffix === true && !isDefinite(word) && /.{3}ا$/.test(word.key);
}

/** "واعتبر الوزير القرار خطوة مهمة": a definite noun that is no adjective, then an indefinite word, is the object and its predicate. */
function deemedObject(words: readonly Token[], i: number): boolean {
  const next = words[i + 1];
  return /^ال/.test(words[i]!.key) && isDefinite(words[i]!) && !isAdjectiveKey(words[i]!.key) && next !== undefined && isPredicateWord(next);
}

/** An indefinite word that can be what something is deemed: no title, preposition or particle ("خطوة", "انتهاكا"). */
function isPredicateWord(word: Token): boolean {
  return !isDefinite(word) && !inSet(TITLE_KEYS, word.key) && !SUPPLEMENT_KEYS.has(word.key) && !isComplementiser(word.key) && word.key.length > 2;
}

/** "عائلات المعتقلين", "ذوو الضحايا", "أهالي المفقودين": a group of people named by whom they belong to speaks as one. */
function isGenitiveOfGroup(phrase: SpeakerPhrase): boolean {
  if (phrase.words.length !== 2) return false;
  const head = phrase.words[0]!;
  return !isDefinite(head) && (/ات$/.test(head.key) || HUMAN_PLURAL_KEYS.has(head.key) || inSet(ORGANISATION_KEYS, head.key));
}

/**
 * "وفسرت هذا التراجع بـ…", "وجدد التأكيد على أن…": a demonstrative before anything but a title or
 * "الأخير", or a definite verbal noun, is the verb's object; the subject is dropped.
 */
function isObjectPhrase(phrase: SpeakerPhrase): boolean {
  const [head, next] = phrase.words;
  if (isVerbalNounKey(head!.key.replace(/^ال/, "")) && !inSet(ORGANISATION_KEYS, head!.key)) return true; // a verbal noun never speaks: "يؤكد تزايد الإقبال"
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
 * "الوزير قال إن…", "والمعارضة قالت إن…", "الخبراء يرون أن…": a subject opening the sentence, right
 * before its verb (SVO with no كان), when a clause of reported words follows. Only a phrase headed by a title, a body or a source, or a name
 * already met, counts, and its head must not contradict the verb's gender; a proclitic و/ف on the
 * first word is not part of the speaker.
 */
function subjectOpeningSentence(view: SentenceView, j: number, cue: CueForm, registry: SpeakerRegistry): SpeakerPhrase | undefined {
  const last = view.tokens[j - 1]?.key === "قد" ? j - 2 : j - 1;
  if (last < 0) return undefined;
  const phrase = readSpeakerAfter(view, 0, new Set());
  if (phrase?.last !== last) return undefined;
  const words = [withoutProclitic(phrase.words[0]!), ...phrase.words.slice(1)];
  const head = words[0]!.key;
  const namesSource =
    inSet(TITLE_KEYS, head) ||
    inSet(ORGANISATION_KEYS, head) ||
    UNNAMED_KEYS.has(head.replace(/^ال/, "")) ||
    registry.knownNameLength(words.map((w) => w.key)) > 0;
  if (!namesSource || (cue.gender === "f" && isMasculineHead(head))) return undefined;
  // Only reported words (أن، إن، a colon, a quotation): "نقابة التعليم تلوّح بحجب الأعداد" is headline style, not a claim.
  const via = findContentStart(view, j + 1, cue)?.via;
  // "المصباحي وفي تصريحات تلفزيونية، أضاف:": a name already met ends the subject before the occasion.
  return via === "that" || via === "colon" || via === "quote" ? trimToKnownName({ first: 0, last, words }, registry) : undefined;
}

/** "والمعارضة" → "المعارضة": a definite word without its proclitic و/ف ("والي" and "والدة" are words of their own). */
function withoutProclitic(word: Token): Token {
  if (!/^[وف]ال/.test(word.key) || inSet(TITLE_KEYS, word.key) || TITLE_KEYS.has(word.key)) return word;
  return { ...word, raw: word.raw.slice(1), key: word.key.slice(1) };
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

const MAX_ANTECEDENT_WORDS = 8;

/**
 * "…مع وزارة التموين والتجارة الداخلية، والتي نفت…", "…رئيس الحكومة الشيخ صباح الخالد، الذي قال إن…": the
 * verb of a relative clause speaks for the noun before it, a title or a body, with the name that follows it.
 */
function antecedentOfRelative(view: SentenceView, j: number): SpeakerPhrase | undefined {
  if (!RELATIVES.has(view.tokens[j - 1]?.key ?? "")) return undefined;
  const last = j - 2;
  const feminine = /التي$/.test(view.tokens[j - 1]!.key);
  let first = -1;
  for (let k = last; k >= 0 && last - k < MAX_ANTECEDENT_WORDS; k--) {
    if (k < last && (hasComma(gapBefore(view, k + 1)) || hasClauseStop(gapBefore(view, k + 1)))) break;
    const word = view.tokens[k]!;
    // "واستقبل الرئيس السفيرة فلانة، التي أكدت…": the head agrees with the relative pronoun; a body may be either.
    const agrees = inSet(ORGANISATION_KEYS, word.key) || feminine === /(ه|ات)$/.test(word.key);
    if (inSet(ORGANISATION_KEYS, word.key) || inSet(TITLE_KEYS, word.key)) {
      if (!agrees && first >= 0) break;
      first = k;
    } else if (!isDefinite(word) && !isNameWord(word)) break;
  }
  return first >= 0 ? { first, last, words: view.tokens.slice(first, last + 1) } : undefined;
}

/** A word that may be part of a personal name: no verbal noun ("استجواب"), preposition or particle. */
function isNameWord(word: Token): boolean {
  const key = word.key;
  return (
    key.length > 1 &&
    !isComplementiser(key) &&
    !isVerbalNounKey(key) &&
    !hasDerivedVerbalNounShape(key) &&
    !SUPPLEMENT_KEYS.has(key) &&
    !NOT_VERBS.has(key) &&
    !cueFormOf(key)
  );
}

/** Whom a call is addressed to: a listed addressee, or a definite plural object in -ين ("المانحين", "المواطنين"). */
function isAddressee(key: string): boolean {
  return ADDRESSEE_KEYS.has(key) || (/^ال.{3,}ين$/.test(key) && !inSet(ORGANISATION_KEYS, key) && !inSet(TITLE_KEYS, key));
}

const MAX_OPENING_SUBJECT_WORDS = 8;

/** Prepositions that open a fronted adverbial before the verb: "وفي هذا الإطار", "وخلال الندوة", "وبخصوص الأجور". */
export const FRONTING_PREPOSITIONS = new Set(["في", "خلال", "بخصوص", "حول", "بشان", "امام", "ازاء", "عن", "مع", "لدي", "اثناء", "عقب", "من"]);

/**
 * "…، الوزارة أكدت أن…", "…، الناشط الحقوقي أشار أن…": subject-first order (SVO) in a clause after a
 * comma, common in Maghrebi copy. A speaker phrase that opens the clause and ends right before the verb is
 * its subject when a description, a title, a body or a name already met heads it. The walk back is bounded.
 */
function subjectOpeningClause(view: SentenceView, j: number, registry: SpeakerRegistry): SpeakerPhrase | undefined {
  if (j === 0 || (/^[وف]/.test(view.tokens[j]!.key) && cueFormOf(view.tokens[j]!.key.slice(1)))) return undefined;
  let k = j - 1;
  while (k > 0 && j - k < MAX_OPENING_SUBJECT_WORDS && !hasComma(gapBefore(view, k)) && !hasClauseStop(gapBefore(view, k))) k--;
  if (k === 0 || !hasComma(gapBefore(view, k))) return undefined; // the sentence's opening subject is subjectOpeningSentence's
  const opener = view.tokens[k]!.key;
  if (NOT_VERBS.has(opener) || FRONTING_PREPOSITIONS.has(opener.replace(/^و/, "")) || cueFormOf(opener) || opener === "و") return undefined;
  const phrase = readSpeakerAfter(view, k, new Set());
  if (!phrase || phrase.last !== j - 1 || phrase.apposition || isObjectPhrase(phrase)) return undefined;
  // Only a description ("الناشط الحقوقي", "الوزارة") or a name already met ("بنجبلي") stands as a subject: not "فيما", "كما".
  const head = phrase.words[0]!;
  return isDefinite(head) || inSet(TITLE_KEYS, head.key) || inSet(ORGANISATION_KEYS, head.key) || registry.knownNameLength([head.key]) > 0 ? phrase : undefined;
}
