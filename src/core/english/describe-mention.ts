import {
  EN_DOCUMENT_MODIFIERS,
  EN_DOCUMENT_NOUNS,
  EN_FIRST_NAMES,
  EN_GROUP_NOUNS,
  EN_HONORIFICS,
  EN_ORG_NOUNS,
  EN_PRONOUNS,
  EN_COMPANY_NOUNS,
  EN_ROLE_NOUNS,
  EN_SELF_ISSUED_DOCUMENTS,
} from "../lexicon/en-speaker-words.ts";
import { nounKey } from "./speaker-phrase.ts";
import { withoutPossessive, type Word } from "./words.ts";

export type { Gender } from "../types.ts";
import type { Gender } from "../types.ts";

/** What a speaker mention says about its referent. */
export interface MentionFacts {
  pronoun?: "m" | "f" | "plural" | "thing";
  /** Keys of the capitalised name words, titles left out ("Sergei Lavrov" in "Foreign Minister Sergei Lavrov"). */
  nameKeys: string[];
  /** Role and organisation nouns naming the referent ("minister", "ministry", "spokeswoman"). */
  heads: string[];
  /** "the minister" (definite, refers back) rather than "a minister" or "officials". */
  definite: boolean;
  /** A document ("the statement") whose issuer is the speaker. */
  document: boolean;
  /** A bare document a party issues about itself ("a news release", "a statement"): no issuer, no other modifier. */
  selfIssued: boolean;
  gender?: Gender;
  plural: boolean;
  org: boolean;
  /**
   * Where the name starts when a description is attached before it ("the engineer Priya Nair",
   * "Lib Dem home affairs spokesman Mark Oaten" → the index of "Priya", "Mark"): the speaker is the name.
   * Undefined when the phrase is all name and capitalised titles ("Prime Minister Keir Starmer").
   */
  nameStart?: number;
  /** "the Tory leader", "the singer": up to three words, no possessive — a description that refers back, not a first mention. */
  shortDescription: boolean;
  /** The mention names a person: a gender is known, or it is a first-and-last name with no article. */
  person: boolean;
  /** Lower-case words between "the" and an organisation head ("the production company" → production): see typed-description.ts. */
  modifiers: string[];
}

const PRONOUNS = new Map(Object.entries(EN_PRONOUNS));
// "Interfax quoted him as saying": a speaker in object position (attribute-sentence quotedAsSaying).
const OBJECT_PRONOUNS: ReadonlyMap<string, "m" | "f" | "plural"> = new Map([
  ["him", "m"],
  ["her", "f"],
  ["them", "plural"],
]);
const HONORIFICS = new Map(Object.entries(EN_HONORIFICS));
const ROLES = new Map(Object.entries(EN_ROLE_NOUNS));
const FIRST_NAMES = new Map(Object.entries(EN_FIRST_NAMES));
const ORGS = new Set(EN_ORG_NOUNS);
const GROUPS = new Set(EN_GROUP_NOUNS);
const DOCUMENTS = new Set(EN_DOCUMENT_NOUNS);
const SELF_ISSUED = new Set(EN_SELF_ISSUED_DOCUMENTS);
const DOCUMENT_MODIFIERS = new Set(EN_DOCUMENT_MODIFIERS);
const COMPANY_NOUNS = new Set(EN_COMPANY_NOUNS);
const HEAD_STOPS = new Set(["for", "of", "at", "with", "from", "in", "familiar", "close", "who", "on", "to", "and"]);
const DEFINITE = new Set(["the", "this", "that"]);

// The lexicon classes of a word key, as bits: a mention's words are asked about several classes each, so
// each word is looked up once (CLASSES) instead of once per class.
const ROLE = 1;
const ORG = 2;
const GROUP = 4;
const DOCUMENT = 8;
const HONORIFIC = 16;
const PRONOUN = 32;
const DETERMINER = 64;
const HEAD_CLASSES = ROLE | ORG | GROUP | DOCUMENT;
const NOT_NAME_CLASSES = HEAD_CLASSES | HONORIFIC | PRONOUN | DETERMINER;
const CLASSES: ReadonlyMap<string, number> = classTable();
// The gender each key gives (genderOf): an honorific's first, then a role noun's, then a pronoun's.
const GENDERS: ReadonlyMap<string, Gender> = genderTable();

function classTable(): Map<string, number> {
  const table = new Map<string, number>();
  const add = (key: string, bit: number) => table.set(key, (table.get(key) ?? 0) | bit);
  for (const key of ROLES.keys()) add(key, ROLE);
  for (const key of ORGS) add(key, ORG);
  for (const key of GROUPS) add(key, GROUP);
  for (const key of DOCUMENTS) add(key, DOCUMENT);
  for (const key of PRONOUNS.keys()) add(key, PRONOUN);
  for (const key of [...DEFINITE, "a", "an"]) add(key, DETERMINER);
  for (const key of honorificSpellings()) add(key, HONORIFIC);
  return table;
}

/** The keys an honorific is matched by: with and without its full stop ("gov", "gov."), as withoutStop reads them. */
function honorificSpellings(): string[] {
  return [...HONORIFICS.keys()].flatMap((h) => (h.endsWith(".") ? [`${h}.`] : [h, `${h}.`]));
}

function genderTable(): Map<string, Gender> {
  const table = new Map<string, Gender>();
  for (const key of [...honorificSpellings(), ...ROLES.keys(), ...PRONOUNS.keys()]) {
    const g = HONORIFICS.get(withoutStop(key)) || ROLES.get(key) || PRONOUNS.get(key);
    if (g === "m" || g === "f") table.set(key, g);
  }
  return table;
}

function classesOf(key: string): number {
  return CLASSES.get(key) ?? 0;
}

/**
 * "a group representing rural counties in California", "an engineer working on the Delta project": in an
 * indefinite mention, the names after a participle that modifies its noun are what the source relates to,
 * not its own name. The index of that participle (the mention's length when there is none).
 */
function participleModifier(words: readonly Word[], keys: readonly string[]): number {
  if (keys[0] !== "a" && keys[0] !== "an") return words.length;
  for (let i = 2; i < words.length; i++) if (!words[i]!.cap && keys[i]!.length > 5 && keys[i]!.endsWith("ing")) return i;
  return words.length;
}

/** Reads a mention (and its appositive) for name, role heads, gender, number and whether it refers back. */
export function describeMention(words: readonly Word[], descriptor: readonly Word[]): MentionFacts {
  const pronoun = words.length === 1 ? (PRONOUNS.get(words[0]!.key) ?? OBJECT_PRONOUNS.get(words[0]!.key)) : undefined;
  const keys = words.map((w) => withoutPossessive(w.key));
  const definite = DEFINITE.has(keys[0] ?? "") || (words[0]?.key.endsWith("'s") ?? false);
  // "the Salford MP", "the Tory leader": capitalised words before a closing role noun modify it; no one is named.
  // So do "a senior Indian government official" and "IHRC chairman": a phrase that ends in a role noun names no one.
  const described = (ROLES.has(keys[keys.length - 1] ?? "") && words.length > 1) || nationalBusiness(words, keys);
  const named = participleModifier(words, keys);
  const nameKeys = described
    ? []
    : personalName(
        keys.filter((key, i) => i < named && words[i]!.cap && isNameWord(key, i, words)),
        keys,
      );
  // The appositive's head is its last role noun before a preposition: "a European Commission spokeswoman" → spokeswoman.
  const heads = headsOf(words);
  const descriptorHead = headsOf(descriptor).pop();
  if (descriptorHead !== undefined) heads.push(descriptorHead);
  // "Mr Hale's lawyer, Ruth Green": the possessor's honorific says nothing of the speaker's gender.
  const own = keys.slice(afterPossessor(words));
  const all = descriptor.length === 0 ? own : own.concat(ownKeys(descriptor));
  const last = keys[keys.length - 1] ?? "";
  // "Tyler Perry Studios", "Northwind Productions": a name closed by an organisation noun is no one's given name.
  const orgName = lastWordCap(words) && ORGS.has(last);
  const gender = orgName ? undefined : genderOf(all, nameKeys);
  const lastWord = words[words.length - 1];
  const acronym = lastWord !== undefined && lastWord.raw.length > 1 && /^\p{Lu}+$/u.test(lastWord.raw) && !ROLES.has(last);
  // "the operators", "the ministries": an organisation noun in the plural names several bodies.
  const pluralOrgs = last.endsWith("s") && !ORGS.has(last) && ORGS.has(nounKey(last)) && !lastWordCap(words);
  // "the physicians", "two officials": a role noun in the plural names several people.
  const pluralRoles = last.endsWith("s") && !ROLES.has(last) && ROLES.has(nounKey(last)) && !lastWordCap(words);
  const plural = pronoun === "plural" || (GROUPS.has(last) && last.endsWith("s")) || last === "police" || pluralOrgs || pluralRoles || namesAGroup(words, keys);
  const org = !gender && (ORGS.has(last) || acronym || (heads.length > 0 && ORGS.has(heads[heads.length - 1]!) && !heads.some((h) => ROLES.has(h))));
  return {
    pronoun,
    nameKeys,
    heads,
    definite,
    document: nameKeys.length === 0 && DOCUMENTS.has(last),
    selfIssued: SELF_ISSUED.has(last) && keys.slice(0, -1).every((k, i) => (i === 0 && (k === "a" || k === "an")) || DOCUMENT_MODIFIERS.has(k)),
    gender,
    plural,
    org,
    nameStart: nameAfterDescription(words, keys, nameKeys),
    shortDescription: definite && words.length <= 3 && !words.some((w) => w.key.endsWith("'s")),
    modifiers: definite && org && words.length > 2 ? orgModifiers(words, keys) : [],
    person: !org && !pronoun && (gender !== undefined || (nameKeys.length >= 2 && nameKeys.length <= 3 && !DEFINITE.has(keys[0] ?? "") && !acronym && !plural)),
  };
}

/** "the production company" → ["production"]: the lower-case words between the article and the closing organisation noun. */
function orgModifiers(words: readonly Word[], keys: readonly string[]): string[] {
  if (!ORGS.has(keys[keys.length - 1]!) || keys[0] !== "the") return [];
  return keys.slice(1, -1).filter((_k, i) => !words[i + 1]!.cap);
}

const NATIONALITY = /^(anglo-|franco-)?\p{Lu}\p{L}*(ese|an|ish|ch|i)$/u;

/**
 * "the Japanese firm", "the German carmaker", "the Anglo-Dutch group": a nationality before a business noun
 * describes a company named earlier; it is not the company's name.
 */
function nationalBusiness(words: readonly Word[], keys: readonly string[]): boolean {
  if (words.length < 3 || !DEFINITE.has(keys[0]!) || !COMPANY_NOUNS.has(keys[keys.length - 1]!)) return false;
  return NATIONALITY.test(words[1]!.raw);
}

/** The keys of the words after the possessor, if any ("Mr Hale's lawyer" → lawyer). */
function ownKeys(words: readonly Word[]): string[] {
  return words.slice(afterPossessor(words)).map((w) => withoutPossessive(w.key));
}

/** Index after the last possessive word ("Mr Hale's lawyer" → 2), 0 when none. */
function afterPossessor(words: readonly Word[]): number {
  for (let i = words.length - 2; i >= 0; i--) if (/['’]s$/.test(words[i]!.raw)) return i + 1;
  return 0;
}

function lastWordCap(words: readonly Word[]): boolean {
  return words[words.length - 1]?.cap ?? false;
}

const NAME_PARTICLES = new Set(["de", "del", "da", "van", "von", "al", "bin", "ibn", "la", "le", "du", "der"]);
const DESCRIPTION_STOPS = new Set(["of", "for", "at", "with", "from", "in", "on", "to", "and", "or", "by"]);

/** The index where a personal name begins after a lower-case description attached to it (see MentionFacts.nameStart). */
function nameAfterDescription(words: readonly Word[], keys: readonly string[], nameKeys: readonly string[]): number | undefined {
  if (nameKeys.length === 0) return undefined;
  let k = keys.findIndex((key, i) => key === nameKeys[0] && words[i]!.cap);
  if (k <= 0) return undefined;
  // Walk back over the name's own capitalised words and numbers ("50 Cent") and honorifics ("Gov."), not over a role noun.
  while (k > 0 && (words[k - 1]!.cap || /^\d/.test(words[k - 1]!.raw)) && !ROLES.has(keys[k - 1]!)) k--;
  if (k === 0) return undefined;
  // The name must close the phrase: in "a senior European diplomat" the head is the lower-case noun.
  if (!words.slice(k).every((w) => w.cap || /^\d/.test(w.raw) || NAME_PARTICLES.has(w.key))) return undefined;
  const before = keys.slice(0, k);
  if (before.some((key) => DESCRIPTION_STOPS.has(key))) return undefined;
  // "the DEA", "the FBI": an article before an acronym is part of how the name is written.
  if (k === 1 && ARTICLES.has(keys[0]!) && words.length === 2 && ACRONYM.test(words[1]!.raw)) return undefined;
  return words.slice(0, k).some((w) => !w.cap) ? k : undefined;
}

const ARTICLES = new Set(["the"]);
const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * Capitalised words before a title qualify it ("Voltreon CEO Anjali Deshpande", "Harris County Fire Marshal
 * Laura Whitfield"): when a title is followed by a name, only the words after the last title are the name.
 */
function personalName(nameKeys: string[], keys: readonly string[]): string[] {
  let lastTitle = -1;
  keys.forEach((key, i) => {
    if (isTitle(key)) lastTitle = i;
  });
  if (lastTitle < 0 || lastTitle === keys.length - 1) return nameKeys;
  const after = new Set(keys.slice(lastTitle + 1));
  const name = nameKeys.filter((k) => after.has(k));
  return name.length > 0 ? name : nameKeys;
}

function isTitle(key: string): boolean {
  return (classesOf(key) & (ROLE | HONORIFIC)) !== 0;
}

function isNameWord(key: string, i: number, words: readonly Word[]): boolean {
  if (classesOf(key) & NOT_NAME_CLASSES) return false;
  return i > 0 || words.length === 1 || words[1]!.cap;
}

/** Role nouns of a phrase up to its first preposition: "a spokeswoman for the ministry" → spokeswoman. */
function headsOf(words: readonly Word[]): string[] {
  const heads: string[] = [];
  for (const w of words) {
    const key = nounKey(w.key);
    if (HEAD_STOPS.has(key)) break;
    if (classesOf(key) & HEAD_CLASSES) heads.push(key);
  }
  return heads;
}

function genderOf(keys: readonly string[], nameKeys: readonly string[]): Gender | undefined {
  for (const key of keys) {
    const g = GENDERS.get(key);
    if (g) return g;
  }
  // The given name opening a full name: "Harris County Fire Marshal Laura Whitfield" → Laura. A lone name word
  // is a surname on second reference in news ("Omar said", "James added"), whatever given name it spells.
  return nameKeys.length >= 2 ? FIRST_NAMES.get(nameKeys[0]!) : undefined;
}

/** "the Lib Dems", "the Conservatives", "the Greens": "the" and a capitalised plural name a group, not a person or a firm. */
function namesAGroup(words: readonly Word[], keys: readonly string[]): boolean {
  const last = words[words.length - 1];
  if (keys[0] !== "the" || words.length < 2 || !last?.cap || last.key.endsWith("'s")) return false;
  return /[^su's]s$/.test(last.key) && !ROLES.has(keys[keys.length - 1]!) && !ORGS.has(keys[keys.length - 1]!);
}

/** "gov." → "gov": an honorific's key without its full stop. */
function withoutStop(key: string): string {
  return key.endsWith(".") ? key.slice(0, -1) : key;
}
