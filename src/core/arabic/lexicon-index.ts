import { AR_REPORTING_VERBS, type ArabicVerbRow } from "../lexicon/ar-reporting-verbs.ts";
import {
  AR_ADDRESSEES,
  AR_AUDIENCE_NOUNS,
  AR_HUMAN_PLURALS,
  AR_MASCULINE_HEADS,
  AR_NAME_CATEGORY_NOUNS,
  AR_NAME_PARTICLES,
  AR_OUTLETS,
  AR_SAME,
  AR_SOURCE_ADJECTIVES,
  AR_SOURCE_HEADS,
  AR_UNNAMED_SOURCES,
  AR_ORGANISATIONS,
  AR_RELATIVE_PRONOUNS,
  AR_SPEECH_EVENT_NOUNS,
  AR_STATEMENT_NOUNS,
  AR_STATEMENT_PARTS,
  AR_SUPPLEMENT_PREPOSITIONS,
  AR_TIME_WORDS,
  AR_TITLES,
  AR_TITLE_SYNONYMS,
} from "../lexicon/ar-speakers.ts";
import { AR_KINSHIP } from "../lexicon/ar-kinship.ts";
import { AR_OBJECT_NOUNS, AR_PLACES } from "../lexicon/ar-objects.ts";
import { AR_VERBAL_NOUNS } from "../lexicon/ar-verbal-nouns.ts";
import { matchKey } from "../text/normalize.ts";
import type { GenderNumber } from "../types.ts";

export type CueTense = "past" | "present" | "participle";

/** A reporting-verb form found in the text. */
export interface CueForm {
  row: ArabicVerbRow;
  /** Arabic verbs agree in gender and number: "p" for a plural (or dual) subject. */
  gender: GenderNumber;
  tense: CueTense;
  /** The verb carries its object as a suffix: "اعتبره", "وصفتها". */
  objectSuffix?: boolean;
}

/**
 * The cue of a phrase with no reporting verb ("وجاء في البيان", "وجاء على لسان", "نقلت … عن مصادر"):
 * it takes no object, so its content opens with a complementiser, a colon or a quotation.
 */
export const NOMINAL_CUE: CueForm = { row: { gloss: "nominal", past: "", present: "" }, gender: "m", tense: "past" };

const OBJECT_SUFFIXES = ["ه", "ها", "هم", "هما"];

const keySet = (words: readonly string[]) => new Set(words.map(matchKey));

/** Kinship nouns head a speaker's description like titles do ("والد الضحية فلان"). */
const KINSHIP_RELATIONS = kinshipRelations();
export const TITLE_KEYS = new Set([...withFeminines(keySet(AR_TITLES)), ...KINSHIP_RELATIONS.keys()]);

/** "النائبة", "وزيرة", "المديرة": each title's feminine (ة, folded to ه in keys) is a title too. */
function withFeminines(keys: ReadonlySet<string>): Set<string> {
  return new Set([...keys].flatMap((k) => (k.endsWith("ه") ? [k] : [k, `${k}ه`])));
}

/** Keys fold ة into ه, so "شقيقة" (sister) and "شقيقه" (his brother) share a key: a key may name two relations. */
function kinshipRelations(): Map<string, string[]> {
  const relations = new Map<string, string[]>();
  for (const { relation, forms } of AR_KINSHIP) {
    for (const key of forms.map(matchKey)) relations.set(key, [...(relations.get(key) ?? []), relation]);
  }
  return relations;
}

/** The kinship relations a word may name ("الأب" and "والد" both name a father); empty when none. */
export function kinshipOf(key: string): readonly string[] {
  return KINSHIP_RELATIONS.get(key) ?? [];
}
export const ORGANISATION_KEYS = keySet(AR_ORGANISATIONS);
export const STATEMENT_KEYS = keySet(AR_STATEMENT_NOUNS);
export const STATEMENT_PART_KEYS = keySet(AR_STATEMENT_PARTS);
/** The same nouns as an indefinite object ("أصدر بيانا", "وجه رسالة"): bare, with the accusative alif; a ة-noun as it is. */
export const STATEMENT_OBJECT_KEYS = new Set([...STATEMENT_KEYS].map((key) => key.replace(/^ال/, "")).map((key) => (key.endsWith("ه") ? key : `${key}ا`)));
export const NAME_CATEGORY_KEYS = keySet(AR_NAME_CATEGORY_NOUNS);
const TIME_KEYS = keySet(AR_TIME_WORDS);

/** A time word, or a number of a date ("اليوم الإثنين 30 جانفي 2017"). */
export function isTimeKey(key: string): boolean {
  return TIME_KEYS.has(key) || /^[0-9]{1,4}$/.test(key);
}
export const SUPPLEMENT_KEYS = keySet(AR_SUPPLEMENT_PREPOSITIONS);
export const RELATIVE_KEYS = keySet(AR_RELATIVE_PRONOUNS);
export const SPEECH_EVENT_KEYS = keySet(AR_SPEECH_EVENT_NOUNS);
export const UNNAMED_KEYS = keySet(AR_UNNAMED_SOURCES);
export const SOURCE_HEAD_KEYS = keySet(AR_SOURCE_HEADS);
export const SOURCE_ADJECTIVE_KEYS = keySet(AR_SOURCE_ADJECTIVES);
export const NAME_PARTICLE_KEYS = keySet(AR_NAME_PARTICLES);
export const SAME_KEYS = keySet(AR_SAME);
export const OUTLET_KEYS = keySet(AR_OUTLETS);
export const ADDRESSEE_KEYS = keySet(AR_ADDRESSEES);
export const MASCULINE_HEAD_KEYS = keySet(AR_MASCULINE_HEADS);
export const HUMAN_PLURAL_KEYS = keySet(AR_HUMAN_PLURALS);
const AUDIENCE_KEYS = keySet(AR_AUDIENCE_NOUNS);
export const PLACE_KEYS = keySet(AR_PLACES);
/** Object nouns with and without the article: "نفى الأنباء", "انتقد قرار الحكومة". */
export const OBJECT_NOUN_KEYS = new Set([...keySet(AR_OBJECT_NOUNS)].flatMap((k) => [k, k.replace(/^ال/, "")]));
const VERBAL_NOUN_KEYS = keySet(AR_VERBAL_NOUNS);

/** A verbal noun opening an object ("ضرورة", "تسجيل"), bare or with a pronoun suffix ("حرصه", "ضرورتها", "رفضهم"). */
export function isVerbalNounKey(key: string): boolean {
  if (VERBAL_NOUN_KEYS.has(key)) return true;
  const stem = key.replace(/(ه|ها|هم|هما|هن|نا)$/, "");
  return stem !== key && stem.length >= 2 && (VERBAL_NOUN_KEYS.has(stem) || VERBAL_NOUN_KEYS.has(stem.replace(/ت$/, "ه")));
}

/** "بيانه", "كلمتها", "تصريحاته": a speech event carried with its owner's pronoun. */
export function isOwnSpeechEvent(key: string): boolean {
  const bare = key.replace(/(ه|ها|هم|هما)$/, "");
  return bare !== key && [bare, bare.replace(/ت$/, "ه")].some((k) => inSet(SPEECH_EVENT_KEYS, k));
}

/**
 * "للتحرك", "لوقف", "للإسراع": لـ fused to a verbal noun, the purpose of a call ("دعا المجتمع الدولي للتحرك").
 * `byShape` also takes the regular shapes of the derived forms; a speaker phrase does not, since a body's
 * field has them too ("المعهد الوطني للاستهلاك").
 */
export function isLamVerbalNoun(key: string, byShape = false): boolean {
  const shaped = (stem: string) => byShape && hasDerivedVerbalNounShape(stem);
  if (/^لل/.test(key)) return isVerbalNounKey(key.slice(2)) || OBJECT_NOUN_KEYS.has(key.slice(2)) || shaped(key.slice(2));
  return /^ل/.test(key) && (isVerbalNounKey(key.slice(1)) || shaped(key.slice(1)));
}

/**
 * The verbal nouns of the derived verb forms, by their shape (as keys): استفعال (استخدام، استيناف),
 * انفعال (انخراط), افتعال (احترام، التزام), إفعال (انهاء، اصلاح), تفعيل (توفير), تفاعل (تعاون), مفاعلة
 * (مواجهه). Read only after a fused لـ (a call's purpose, a body's field), where a plural of the إفعال shape (أعمال) is rare.
 */
const DERIVED_VERBAL_NOUN = /^(است..ا.|ان..ا.|ا.ت.ا.|ا..ا.|ت..ي.|ت.ا..|م.ا..ه)$/;

export function hasDerivedVerbalNounShape(stem: string): boolean {
  return DERIVED_VERBAL_NOUN.test(stem);
}

/** "هذا المسؤول", "هذه الأخيرة": a demonstrative before a noun. */
export const DEMONSTRATIVE_KEYS = keySet(["هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان", "هؤلاء"]);

/** Nouns of time a demonstrative points at: "هذا الأسبوع", "هذه المرة", "هذا العام" (العام alone is also "general"). */
const DEMONSTRATED_TIME_KEYS = keySet(["الأسبوع", "الشهر", "العام", "السنة", "الصباح", "المساء", "اليوم", "المرة", "الموسم", "الفترة", "الأيام"]);

/** "هذا الأسبوع", "هذه المرة": a demonstrative and a noun of time, an adverb of time wherever it stands. */
export function isDemonstrativeTime(key: string, nextKey: string | undefined): boolean {
  return DEMONSTRATIVE_KEYS.has(key) && nextKey !== undefined && DEMONSTRATED_TIME_KEYS.has(nextKey);
}

/** "للصحفيين", "لقناة", "لوكالة": an addressee or outlet after a fused لـ (the channel, not the speaker). */
export function isAudience(key: string): boolean {
  return /^ل/.test(key) && (AUDIENCE_KEYS.has(key.slice(1)) || AUDIENCE_KEYS.has(`ا${key.slice(1)}`));
}

/** A preposition opening a supplement; "علي" written with yaa is the name Ali, not على. */
export function isPrepositionWord(token: { key: string; raw: string }): boolean {
  return SUPPLEMENT_KEYS.has(token.key) && !(token.key === "علي" && /ي$/.test(token.raw));
}

/** أن، إن، بأن and their pronoun-suffixed forms (أنه، إنها، بأنهم…), as keys. */
const COMPLEMENTISERS = new Set(["ان", "بان", "وان", "فان"].flatMap((c) => [c, ...["ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك"].map((s) => c + s)]));

export function isComplementiser(key: string): boolean {
  return COMPLEMENTISERS.has(key);
}

const CUE_FORMS: ReadonlyMap<string, CueForm> = buildCueForms();

function buildCueForms(): Map<string, CueForm> {
  const forms = new Map<string, CueForm>();
  const add = (word: string, form: CueForm) => {
    const key = matchKey(word);
    if (key && !forms.has(key)) forms.set(key, form);
  };
  for (const raw of AR_REPORTING_VERBS) {
    const row = { ...raw, preps: raw.preps?.map(matchKey) };
    const genders: GenderNumber[] = ["m", "f", "p"];
    for (const tense of ["past", "present"] as const) {
      row[tense].split("|").forEach((cell, g) =>
        cell
          .trim()
          .split(/\s+/)
          .forEach((w) => add(w, { row, gender: genders[g]!, tense })),
      );
    }
    for (const participle of row.participle?.split(/\s+/) ?? []) {
      if (participle.startsWith("بال")) {
        add(participle, { row, gender: "m", tense: "participle" });
        continue;
      }
      const stem = participle.replace(/ا$/, "");
      add(`${stem}ا`, { row, gender: "m", tense: "participle" });
      add(`${stem}ة`, { row, gender: "f", tense: "participle" });
      add(`${stem}ين`, { row, gender: "p", tense: "participle" });
      // A defective stem drops its ي before the plural ending: داعيا → داعين, نافيا → نافين.
      if (stem.endsWith("ي")) add(`${stem.slice(0, -1)}ين`, { row, gender: "p", tense: "participle" });
    }
  }
  for (const raw of AR_REPORTING_VERBS.filter((r) => r.obj)) addObjectSuffixes(raw, forms);
  return forms;
}

/** "اعتبره", "وصفتها", "يتهمهم": the singular forms of a verb with a person object, its suffix attached. */
function addObjectSuffixes(raw: ArabicVerbRow, forms: Map<string, CueForm>): void {
  const row = { ...raw, preps: raw.preps?.map(matchKey) };
  for (const tense of ["past", "present"] as const) {
    row[tense]
      .split("|")
      .slice(0, 2)
      .forEach((cell, g) => {
        for (const word of cell.trim().split(/\s+/)) {
          const stem = matchKey(word).replace(/ي$/, "ا"); // دعا → دعاه, نفى → نفاه
          for (const suffix of OBJECT_SUFFIXES) {
            const key = stem + suffix;
            if (!forms.has(key)) forms.set(key, { row, gender: g === 0 ? "m" : "f", tense, objectSuffix: true });
          }
        }
      });
  }
}

/** The reporting-verb form of a word, with a proclitic و or ف allowed ("وقال", "فأضافت"). */
export function cueFormOf(key: string): CueForm | undefined {
  return CUE_FORMS.get(key) ?? (hasProclitic(key) ? CUE_FORMS.get(key.slice(1)) : undefined);
}

/** Strips a proclitic و/ف when the rest is a known word of the given set. */
export function inSet(set: ReadonlySet<string>, key: string): boolean {
  return set.has(key) || (hasProclitic(key) && set.has(key.slice(1)));
}

/** /^[وف]/ by code: asked of every word of every sentence, several times. */
function hasProclitic(key: string): boolean {
  const c = key.charCodeAt(0);
  return c === 0x0648 || c === 0x0641;
}

/** A word with the article ال (or the prepositions بال، لل، وال، كال fused to it), as written. */
export function isDefinite(word: { raw: string }): boolean {
  // Read from the word as written: "أليكس" folds to "اليكس" but has no article.
  return /^(ال|وال|فال|بال|لل|كال|وبال|ولل)/.test(word.raw.replace(/[\u064B-\u065F\u0640]/g, ""));
}

/** A definite word with a fused preposition: "بالتلفزيون", "للشعب". */
export function isFusedPrepositionalDefinite(key: string): boolean {
  return /^(بال|لل|كال|وبال|ولل)/.test(key);
}

/** A noun that takes a complement in a title chain: "وزير …", "باسم …", "لمنظمة …". */
export function isGoverningNoun(key: string): boolean {
  if (key === "باسم" || isTitleOrBody(key)) return true;
  const bare = key.replace(/^ل(?!ل)/, "");
  return bare !== key && isTitleOrBody(bare);
}

function isTitleOrBody(key: string): boolean {
  return inSet(ORGANISATION_KEYS, key) || inSet(TITLE_KEYS, key);
}

/** A word with a fused لـ taken off, for naming the source in "وفقًا لوزارة…" ("للأمم" → "الأمم"). */
export function withoutLam<T extends { raw: string; key: string }>(word: T): T {
  if (/^لل/.test(word.key)) return { ...word, raw: `ا${word.raw.slice(1)}`, key: `ا${word.key.slice(1)}` };
  if (/^ل/.test(word.key)) return { ...word, raw: word.raw.slice(1), key: word.key.slice(1) };
  return word;
}

const bareTitleKey = (key: string) => key.replace(/^(ال|لل|ل)/, "");
/** Longest variant first, so "رئيس مجلس الوزراء" is rewritten before anything shorter could match. */
const TITLE_SYNONYM_KEYS = AR_TITLE_SYNONYMS.map(([variant, canonical]) =>
  [variant, canonical].map((t) => t.split(/\s+/).map((w) => bareTitleKey(matchKey(w)))),
).sort((a, b) => b[0]!.length - a[0]!.length);

/**
 * A title as the registry compares it (keys without the article), with another name of the same office
 * rewritten to one: ["حكومه"] after "رئيس" becomes ["وزراء"], "ناطق" becomes "متحدث".
 */
export function canonicalTitle(keys: readonly string[]): string[] {
  for (const [variant, canonical] of TITLE_SYNONYM_KEYS) {
    if (variant!.length <= keys.length && variant!.every((k, i) => keys[i] === k)) return [...canonical!, ...keys.slice(variant!.length)];
  }
  return [...keys];
}
