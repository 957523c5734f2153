import { AR_ACT_VERBS } from "../lexicon/ar-act-verbs.ts";
import { matchKey } from "../text/normalize.ts";
import type { Token } from "../text/tokens.ts";
import { inSet, isDefinite, isGoverningNoun, isOwnSpeechEvent, ORGANISATION_KEYS, TITLE_KEYS, type CueForm } from "./lexicon-index.ts";
import type { GenderNumber } from "../types.ts";
import { resolvePhrase } from "./resolve-phrase.ts";
import { gapBefore, hasClauseStop, type SentenceView } from "./sentence-view.ts";
import { readSpeakerAfter, type SpeakerPhrase } from "./speaker-phrase.ts";
import type { Entity, SpeakerRegistry } from "./speaker-registry.ts";

/** Every form of an act verb (he, she, they; with و/ف), as keys, with the verb's gender. */
const ACT_VERB_FORMS: ReadonlyMap<string, GenderNumber> = buildActVerbForms();

function buildActVerbForms(): Map<string, GenderNumber> {
  const forms = new Map<string, GenderNumber>();
  for (const verb of AR_ACT_VERBS) {
    const key = matchKey(verb);
    const stem = key.replace(/ي$/, ""); // التقى → التقت، التقوا
    const genders: [string, GenderNumber][] = [
      [key, "m"],
      [`${stem}ت`, "f"],
      [`${stem}وا`, "p"],
    ];
    for (const [form, gender] of genders) for (const prefix of ["", "و", "ف"]) forms.set(prefix + form, gender);
  }
  return forms;
}

/** Words that may stand before the act verb at the start of the sentence: "وقد استنكر…", "كما استقبل…". */
const LEADERS = new Set(["قد", "وقد", "كما", "وكما", "ثم"]);
/** How far into its sentence a participle may still speak for the act verb's subject. */
const MAX_WORDS_TO_PARTICIPLE = 60;

/**
 * "استنكر علماء المحافظة الجريمة، مؤكدين أن…": a participle with no earlier speaker in its sentence speaks
 * for the subject of the act verb that opens the sentence. Returns that subject, or undefined when the
 * sentence opens otherwise, the subject is not read, or its gender disagrees with the participle's.
 */
export function actVerbSubject(view: SentenceView, participle: number, cue: CueForm, registry: SpeakerRegistry): Entity | undefined {
  const verb = LEADERS.has(view.tokens[0]?.key ?? "") ? 1 : 0;
  const gender = ACT_VERB_FORMS.get(view.tokens[verb]?.key ?? "");
  // "وختمت الوزارة بيانها بالتأكيد على أن…": a verbal noun after بـ (بالقول، بالتأكيد) has no gender to disagree with.
  const genderless = /^بال/.test(view.tokens[participle]!.key);
  if (gender === undefined || verb + 1 >= participle || participle - verb > MAX_WORDS_TO_PARTICIPLE || !(genderless || agrees(gender, cue.gender)))
    return undefined;
  for (let k = verb + 1; k <= participle; k++) if (hasClauseStop(gapBefore(view, k))) return undefined;
  const phrase = readSpeakerAfter(view, verb + 1, new Set());
  if (!phrase || phrase.last >= participle) return undefined;
  return resolvePhrase(view, withoutObject(phrase), { ...cue, gender: cue.gender === "p" ? "p" : gender }, registry);
}

/** Definite adjectives that are not nisba forms: "الأمين العام", "الأمم المتحدة", "الرئيس السابق". */
const DEFINITE_ADJECTIVES = new Set([
  "العام",
  "العامه",
  "الاعلي",
  "الاول",
  "الاولي",
  "المتحده",
  "السابق",
  "السابقه",
  "الجديد",
  "الجديده",
  "المساعد",
  "الدايم",
  "الاخير",
  "الاخيره",
]);

/**
 * An act verb takes an object, which the speaker phrase runs on into ("الجامعة العربية الهجوم"): the
 * subject ends before a definite word that follows a definite word or a name and is not an adjective
 * (a nisba form in -ي/-ية or a listed one). After an indefinite head its genitive is kept ("محافظة القطيف").
 */
function withoutObject(phrase: SpeakerPhrase): SpeakerPhrase {
  for (let i = 1; i < phrase.words.length; i++) {
    const word = phrase.words[i]!;
    const previous = phrase.words[i - 1]!;
    // "وختمت الوزيرة كلمتها بالقول…": the speaker's own statement or speech is the object.
    if (isOwnSpeechEvent(word.key)) return { first: phrase.first, last: phrase.first + i - 1, words: phrase.words.slice(0, i) };
    if (!/^ال/.test(word.key) || !isDefinite(word) || isAdjectiveKey(word.key)) continue;
    const afterIndefiniteHead = !isDefinite(previous) && isGoverningOrPlainNoun(phrase.words, i - 1);
    if (!afterIndefiniteHead) return { first: phrase.first, last: phrase.first + i - 1, words: phrase.words.slice(0, i) };
  }
  return phrase;
}

/** A definite word that describes the noun before it: a nisba form, a listed adjective, a title or a body. */
export function isAdjectiveKey(key: string): boolean {
  return /(ي|يه|يون|يين|يان)$/.test(key) || DEFINITE_ADJECTIVES.has(key) || inSet(TITLE_KEYS, key) || inSet(ORGANISATION_KEYS, key);
}

/** An indefinite word that governs a genitive: the phrase's head ("محافظة", "وزير") or a noun after a conjunction ("ووجهاء"). */
function isGoverningOrPlainNoun(words: readonly Token[], i: number): boolean {
  return i === 0 || !isNameLike(words, i);
}

/** A personal name is indefinite and follows another indefinite word that is not a title ("سامي" in "الوزير سامي الحربي"). */
function isNameLike(words: readonly Token[], i: number): boolean {
  return words.slice(0, i).some((w) => inSet(TITLE_KEYS, w.key)) && !isGoverningNoun(words[i]!.key);
}

/** A singular verb may head a plural subject ("استنكر العلماء…، مؤكدين"); he and she never mix. */
function agrees(verb: GenderNumber, participle: GenderNumber): boolean {
  return verb === participle || participle === "p" || verb === "p";
}
