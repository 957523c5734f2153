import type { SourceEntity } from "../types.ts";
import { describeMention, type MentionFacts } from "./describe-mention.ts";
import { MODIFIER_WINDOW, nameHasModifier } from "./typed-description.ts";
import { withoutPossessive, type Word } from "./words.ts";
import {
  EN_ATTRIBUTE_NOUNS,
  EN_COMPANY_NOUNS,
  EN_DOCUMENT_NOUNS,
  EN_ISSUING_PARTICIPLES,
  EN_ORG_NOUNS,
  EN_ROLE_NOUNS,
  EN_SELF_ISSUED_DOCUMENTS,
} from "../lexicon/en-speaker-words.ts";

const DOCUMENTS = new Set(EN_DOCUMENT_NOUNS);
const ROLES = new Set(Object.keys(EN_ROLE_NOUNS));
const NO_NAMES: ContentNames = { subject: new Set(), objects: new Set() };
const COMPANY_NOUNS = new Set(EN_COMPANY_NOUNS);
const ORGS = new Set(EN_ORG_NOUNS);
const ISSUER_LINKS = new Set(["from", "by", "of"]);
const ISSUING = new Set(EN_ISSUING_PARTICIPLES);
const SELF_ISSUED = new Set(EN_SELF_ISSUED_DOCUMENTS);
const ATTRIBUTES = new Set(EN_ATTRIBUTE_NOUNS);

/** Names in a claim's content: its subject's, and those after it (see resolveSpeaker). */
export interface ContentNames {
  subject: Set<string>;
  objects: Set<string>;
}

/** A speaker the article has introduced, with what later mentions can use to refer back to it. */
interface Entity extends SourceEntity {
  /** The display in lower case, kept with it: compared against every entity when a possessor is resolved. */
  displayKey: string;
  heads: Set<string>;
  plural: boolean;
  org: boolean;
  /** Seen as a person: a gender, an honorific, or a first-and-last name ("Marta Linde", not "The Game"). */
  person: boolean;
  /** It has been the speaker of a claim: a named speaker not known as an organisation can be a narrated subject. */
  spoke?: boolean;
  /** When it was last mentioned (Salience.clock): its place in the recency order. */
  seen: number;
  /** The name keys it is filed under in Salience.byName (the array itself: a fuller name replaces it). */
  filed?: readonly string[];
  /** The display key it was last filed under in Salience.byDisplay. */
  filedDisplay?: string;
  /** Its neighbours in the recency order (Recency): the entity mentioned just before it, and just after. */
  older?: Entity;
  newer?: Entity;
}

/**
 * The entities in order of their latest mention, as a linked list from the most recent: making an entity
 * the most recent is constant time, where moving it in an array costs a search and a shift over a list
 * that grows with the article.
 */
interface Recency {
  newest?: Entity;
}

/**
 * The speakers of one article, most recent first. Created per article: a reader's memory of who has
 * spoken, used to resolve "he", "the spokeswoman", "Poll" and "the statement" to the full name.
 */
export interface Salience {
  entities: Recency;
  /** Whoever last spoke "in a statement": the referent of a later "the statement said". */
  statementIssuer?: Entity;
  /** Who last issued each other kind of document ("sent a letter", "filed a lawsuit"): the referent of "the letter read". */
  documentIssuers: Map<string, Entity>;
  /** The names the latest accusation was made against ("accused Lee and Acme Records of …"), by their name keys. */
  accused?: readonly (readonly Word[])[];
  /** The speaker of the latest claim (not merely the latest person mentioned). */
  lastTurn?: Entity;
  /** What each mention says (describeMention), by its words: "he", "the minister" and names recur through an article. */
  facts: Map<string, MentionFacts>;
  /**
   * Entities by each name key they have had: a name is looked up among its bearers, not by walking the
   * whole list (it grows with the article: every "officials" or "a source" is an entity of its own).
   */
  byName: Map<string, Entity[]>;
  /** Entities by each display key they have had, for a possessor ("Mr Hale's office") named as it was before. */
  byDisplay: Map<string, Entity[]>;
  /** Counts mentions: an entity's `seen` orders it as `entities` does. */
  clock: number;
}

export function createSalience(): Salience {
  return { entities: {}, documentIssuers: new Map(), facts: new Map(), byName: new Map(), byDisplay: new Map(), clock: 0 };
}

/** describeMention, asked once per distinct mention in the article: its answer depends only on the words' raw text. */
function factsOf(salience: Salience, words: readonly Word[], descriptor: readonly Word[]): MentionFacts {
  const key = mentionKey(words, descriptor);
  let facts = salience.facts.get(key);
  if (!facts) {
    facts = describeMention(words, descriptor);
    salience.facts.set(key, facts);
  }
  return facts;
}

/**
 * The words of a mention and its descriptor as one string: "Jane Poll|a spokeswoman". A single word with no
 * descriptor (a pronoun, a surname: the commonest mentions) is its own key; it holds no "|", so it never
 * meets a longer mention's key.
 */
function mentionKey(words: readonly Word[], descriptor: readonly Word[]): string {
  if (words.length === 1 && descriptor.length === 0) return words[0]!.raw;
  return `${rawWords(words)}|${rawWords(descriptor)}`;
}

/** The words as written, one space between: "Jane Poll". */
function rawWords(words: readonly Word[]): string {
  let text = words[0]?.raw ?? "";
  for (let i = 1; i < words.length; i++) text += ` ${words[i]!.raw}`;
  return text;
}

/** Resolves a speaker mention to the name a reader would give, and makes that speaker the most recent. */
export function resolveSpeaker(
  salience: Salience,
  text: string,
  words: readonly Word[],
  descriptor: readonly Word[],
  content: ContentNames = NO_NAMES,
): string {
  // "a statement from the agency": the issuer speaks.
  const issuer = words.findIndex((_w, i) => i > 0 && isIssuerLink(words, i));
  if (issuer > 0 && issuer + 1 < words.length) {
    const rest = words.slice(issuer + 1);
    return resolveSpeaker(salience, text.slice(rest[0]!.start - words[0]!.start), rest, descriptor, content);
  }
  // "The lawsuit, filed last year by a voters' group, alleged …": the issuer named in the appositive speaks.
  const filer = issuerInDescriptor(words, descriptor);
  if (filer) return resolveSpeaker(salience, rawWords(filer), filer, [], content);
  // "the ministry's statement", "Lee's written statement": the possessor issued it.
  const owner = documentOwner(words);
  if (owner > 0) return resolveSpeaker(salience, text.slice(0, words[owner]!.end - 2 - words[0]!.start), words.slice(0, owner + 1), descriptor, content);
  // "His office said", "her lawyer said": the owner is who the pronoun means, and the source is the owner's.
  const pronounOwned = ownedByPronoun(salience, text, words);
  if (pronounOwned !== undefined) return pronounOwned;
  // "Mr Yushchenko's administration", "the mayor's spokesman": the possessor's own entity is not the speaker.
  const possessed = possessedSource(words);
  const described = factsOf(salience, words, descriptor);
  const facts = possessed ? { ...described, nameKeys: [] } : described;
  const name = displayName(text, words, facts);
  const nameKey = name.toLowerCase();
  const same = possessed ? latest(salience.byDisplay.get(nameKey), (e) => e.displayKey === nameKey) : undefined;
  // A pronoun with no antecedent names no one: the speaker is unknown (""), never "he" or "it".
  // "Russia's foreign ministry": a noun owned by a proper name is a source of its own, not an anaphor for the last ministry.
  const owned = possessed && words[0]!.cap && /['’]s$/.test(words[0]!.raw);
  const entity = same ?? (owned ? undefined : findEntity(salience, facts, content)) ?? newEntity(facts.pronoun ? "" : name, facts);
  enrich(entity, facts, name);
  touch(salience, entity);
  entity.spoke = true;
  salience.lastTurn = entity;
  return entity.display;
}

const POSSESSIVE_PRONOUNS: ReadonlyMap<string, "m" | "f" | "plural" | "thing"> = new Map([
  ["his", "m"],
  ["her", "f"],
  ["their", "plural"],
  ["its", "thing"],
]);
const MAX_OWNED_WORDS = 3;

/**
 * "His office said …" → "Dana Reyes's office": a possessive pronoun before a lower-case source noun
 * resolves as the pronoun would ("his" the latest man, "its" the latest organisation), and the speaker is
 * that owner's office, lawyer or spokesman, a source of its own. Undefined when it is no such phrase or no
 * owner is known (the mention then stays as written). Unlike "he said", the owner may be named in the content.
 */
function ownedByPronoun(salience: Salience, text: string, words: readonly Word[]): string | undefined {
  const pronoun = POSSESSIVE_PRONOUNS.get(words[0]?.key ?? "");
  if (!pronoun || words.length < 2 || words.length > MAX_OWNED_WORDS || words.slice(1).some((w) => w.cap)) return undefined;
  const ownerFacts: MentionFacts = { ...NO_FACTS, pronoun };
  // "His office said Reyes's trip …": the owner may well be named in the office's words.
  const owner = findEntity(salience, ownerFacts);
  if (!owner || owner.display === "") return undefined;
  const name = `${owner.display}'s ${text.slice(words[1]!.start - words[0]!.start)}`;
  const key = name.toLowerCase();
  const entity = latest(salience.byDisplay.get(key), (e) => e.displayKey === key) ?? newEntity(name, { ...NO_FACTS, org: true });
  touch(salience, entity);
  entity.spoke = true;
  salience.lastTurn = entity;
  return entity.display;
}

const NO_FACTS: MentionFacts = {
  nameKeys: [],
  heads: [],
  modifiers: [],
  definite: false,
  document: false,
  selfIssued: false,
  plural: false,
  org: false,
  shortDescription: false,
  person: false,
};

/** A lower-case noun owned by a name or a description ("Mr Hale's office", "the mayor's spokesman"): a source of its own. */
function possessedSource(words: readonly Word[]): boolean {
  const last = words[words.length - 1];
  if (!last || last.cap || words.length < 2) return false;
  for (let i = 0; i < words.length - 1; i++) if (/['’]s$/.test(words[i]!.raw)) return true;
  return false;
}

const MAX_ISSUER_GAP = 4;

/** The words after "by" in a document's appositive "by X" or "filed/published [last year] by X"; undefined when none. */
function issuerInDescriptor(words: readonly Word[], descriptor: readonly Word[]): readonly Word[] | undefined {
  if (words.length === 0 || !DOCUMENTS.has(words[words.length - 1]!.key) || descriptor.length === 0) return undefined;
  // "The report, by the Institute for Fiscal Studies, said": the appositive is the issuer itself.
  if (descriptor[0]!.key === "by") return descriptor.length > 1 ? descriptor.slice(1) : undefined;
  if (!ISSUING.has(descriptor[0]!.key)) return undefined;
  for (let i = 1; i < descriptor.length && i <= MAX_ISSUER_GAP; i++) {
    if (descriptor[i]!.key === "by") return i + 1 < descriptor.length ? descriptor.slice(i + 1) : undefined;
  }
  return undefined;
}

const MAX_DOCUMENT_MODIFIERS = 2;

/** Index of the possessive before a closing document noun ("the ministry's [written] statement"); -1 when none. */
function documentOwner(words: readonly Word[]): number {
  const last = words.length - 1;
  if (last < 1 || !DOCUMENTS.has(words[last]!.key)) return -1;
  for (let i = last - 1; i >= 0 && last - i <= MAX_DOCUMENT_MODIFIERS + 1; i--) if (/['’]s$/.test(words[i]!.raw)) return i;
  return -1;
}

/** "statement from", "report of", "figures published by": the words after link i name the document's issuer. */
function isIssuerLink(words: readonly Word[], i: number): boolean {
  const key = words[i]!.key;
  if (!ISSUER_LINKS.has(key)) return false;
  if (DOCUMENTS.has(words[i - 1]!.key)) return true;
  return key !== "of" && i > 1 && ISSUING.has(words[i - 1]!.key) && DOCUMENTS.has(words[i - 2]!.key);
}

/** Remembers a named sentence subject that is not (yet) a speaker, so a later "she said" (or, for a `company`, "the firm said") can reach it. */
export function noteMention(salience: Salience, text: string, words: readonly Word[], descriptor: readonly Word[] = [], company = false): void {
  const read = factsOf(salience, words, descriptor);
  // "Shares in Harwood & Lyle fell": the caller knows the name is a company's, whatever its words suggest.
  const described = company ? { ...read, org: true, person: false, gender: undefined } : read;
  // "The Ministry of Health issued…": an organisation named only by capitalised title words is still named.
  const facts = described.nameKeys.length === 0 && described.org && namedOrganisation(words) ? { ...described, nameKeys: capitalisedKeys(words) } : described;
  if (facts.nameKeys.length === 0 || facts.pronoun) return;
  const name = displayName(text, words, facts);
  const entity = findEntity(salience, facts) ?? newEntity(name, facts);
  enrich(entity, facts, name);
  touch(salience, entity);
}

const NAME_LINKS = new Set(["the", "of", "for", "and"]);

/** Every word is capitalised or a link word ("The Ministry of Health", "the Department for Education"). */
function namedOrganisation(words: readonly Word[]): boolean {
  return words.some((w) => w.cap && w.key !== "the") && words.every((w) => w.cap || NAME_LINKS.has(w.key));
}

function capitalisedKeys(words: readonly Word[]): string[] {
  return words.filter((w) => w.cap && w.key !== "the").map((w) => w.key);
}

/** The most recent speaker, for a floating quote or an implicit continuation ("…, adding that"). */
export function lastSpeaker(salience: Salience): string | undefined {
  return salience.lastTurn?.display;
}

/**
 * Remembers the issuer of a statement a sentence mentions without quoting ("Acme issued a statement"), so a
 * later "the statement said" is theirs; the speaker of the latest claim stays as it was.
 */
export function noteStatementIssuer(salience: Salience, noun: string, text: string, words: readonly Word[], descriptor: readonly Word[], denies = false): void {
  const turn = salience.lastTurn;
  if (!(denies && resolveDenier(salience, words, descriptor))) resolveSpeaker(salience, text, words, descriptor);
  const issuer = salience.lastTurn;
  salience.lastTurn = turn;
  if (!issuer?.display) return;
  if (SELF_ISSUED.has(noun)) salience.statementIssuer = issuer;
  else salience.documentIssuers.set(noun, issuer);
}

/** Remembers who the latest accusation named (accused-denial.ts). */
export function noteAccused(salience: Salience, names: readonly (readonly Word[])[]): void {
  salience.accused = names;
}

/**
 * "The company denied the allegations" after "Kim accused Lee and Acme Records of …": a description that
 * denies an accusation means the accused of its kind (an organisation for "the company", a person for "the
 * singer"), not merely the latest of that kind (`en.description.accused-denies`). Makes it the speaker and
 * returns its name; undefined when no accused name is a known source of that kind.
 */
export function resolveDenier(salience: Salience, words: readonly Word[], descriptor: readonly Word[]): string | undefined {
  const facts = factsOf(salience, words, descriptor);
  if (!salience.accused || !facts.definite || facts.pronoun || facts.nameKeys.length > 0 || facts.heads.length === 0) return undefined;
  const e = accusedOfKind(salience, salience.accused, facts);
  if (!e) return undefined;
  touch(salience, e);
  salience.lastTurn = e;
  return e.display;
}

/**
 * The first accused known as a source of the description's kind; else the first accused met only as the
 * accusation's object whose own name shows that kind ("accused Halden Mining of …" for "the firm").
 */
function accusedOfKind(salience: Salience, accused: readonly (readonly Word[])[], facts: MentionFacts): Entity | undefined {
  const fits = (e: { org: boolean; plural: boolean }) => e.org === facts.org && e.plural === facts.plural;
  for (const name of accused) {
    const named = factsOf(salience, name, []);
    const known = named.nameKeys.length > 0 ? namesake(salience, named.nameKeys) : undefined;
    if (known && fits(known)) return known;
  }
  for (const name of accused) {
    const named = factsOf(salience, name, []);
    if (named.nameKeys.length === 0 || named.pronoun || namesake(salience, named.nameKeys) || !fits(named) || (!facts.org && !named.person)) continue;
    return newEntity(rawWords(name), named);
  }
  return undefined;
}

/** Remembers that the most recent speaker spoke in a statement. */
export function noteStatement(salience: Salience): void {
  salience.statementIssuer = salience.lastTurn;
}

/**
 * The entity a mention refers to. An entity named inside the claim's own `content` is not the antecedent
 * of a pronoun or description ("But the company said it would sue Menatep": the company is not Menatep).
 */
function findEntity(salience: Salience, facts: MentionFacts, content: ContentNames = NO_NAMES): Entity | undefined {
  const { entities } = salience;
  // "he said Smith was…": a person pronoun is not anyone named in the content, its subject included;
  // "Acme will close, the company said": a description may be the content's own subject.
  const personal = facts.pronoun === "m" || facts.pronoun === "f";
  const fits = notNamedIn(content, personal);
  if (facts.pronoun === "m" || facts.pronoun === "f") {
    const g = facts.pronoun;
    return mostRecent(entities, (e) => !e.plural && !e.org && isPersonLike(e) && (e.gender === g || e.gender === undefined) && fits(e));
  }
  // "they" is never one named person.
  if (facts.pronoun === "plural") return mostRecent(entities, (e) => (e.plural || e.org) && fits(e)) ?? mostRecent(entities, (e) => !e.person);
  if (facts.pronoun === "thing") return mostRecent(entities, (e) => e.org && fits(e)) ?? salience.statementIssuer;
  if (facts.nameKeys.length > 0) return namesake(salience, facts.nameKeys);
  // "the statement said" is the last statement's issuer's; "the lawsuit", "the report" may be anyone's.
  if (facts.document && facts.definite && SELF_ISSUED.has(facts.heads[facts.heads.length - 1] ?? "") && salience.statementIssuer)
    return salience.statementIssuer;
  // "the letter read" after "the council sent a letter": the letter's issuer.
  const issued = facts.document && facts.definite ? salience.documentIssuers.get(facts.heads[facts.heads.length - 1] ?? "") : undefined;
  if (issued) return issued;
  // "according to a news release" with no issuer named: the party that last spoke issued it.
  if (facts.selfIssued && !facts.definite) return salience.statementIssuer ?? salience.lastTurn;
  if (facts.definite && facts.heads.length > 0) {
    const named = mostRecentWithin(entities, MODIFIER_WINDOW, (e) => e.org && nameHasModifier(e.displayKey, facts.modifiers));
    if (named) return named;
    const head = facts.heads[facts.heads.length - 1]!;
    // "the physicians" is not "Ruiz, a family physician": a description agrees in number with what it means.
    const same = mostRecent(entities, (e) => e.heads.has(head) && e.plural === facts.plural && fits(e));
    if (same) return same;
    // "the agency" after "the U.S. Army Corps of Engineers": an organisation noun falls back to the latest named organisation;
    // "the Tory leader", "the singer": a person's role falls back to the latest named person of a compatible gender.
    // With no organisation named as such, the latest named source that is not a person ("Rosneft").
    if (ORGS.has(head) && !facts.plural) {
      const org = mostRecent(entities, (e) => e.org && e.nameKeys.length > 0 && fits(e));
      // "the company" with no company named as such: the latest named source that is not a person ("Rosneft").
      // "the group" is as often a campaign or a band as a firm: only a source known as an organisation will do.
      return (
        org ??
        (COMPANY_NOUNS.has(head) && head !== "group" ? mostRecent(entities, (e) => !e.person && !e.plural && e.nameKeys.length > 0 && fits(e)) : undefined)
      );
    }
    // Only a known person who has not been described by another role ("an economist") is "the spokesman";
    // "the Frenchman", "the 45-year-old" describe the person, whatever their role.
    const attribute = ATTRIBUTES.has(head);
    if (ROLES.has(head) && facts.shortDescription)
      return mostRecent(
        entities,
        (e) =>
          !e.org &&
          !e.plural &&
          e.nameKeys.length > 0 &&
          (e.heads.size === 0 || attribute) &&
          // "the Spaniard", "the 30-year-old" can only mean a person: a bare surname ("Moya") will do.
          (e.person || attribute) &&
          (!facts.gender || !e.gender || e.gender === facts.gender) &&
          fits(e),
      );
  }
  return undefined;
}

/**
 * Entities not named in the claim's content, which may be the antecedent of a description, or (`personal`)
 * of a subject pronoun. An unnamed closure: a named one costs a defineProperty per call under tsx's keepNames.
 */
function notNamedIn(content: ContentNames, personal: boolean): (e: Entity) => boolean {
  return (e) => {
    if (e.nameKeys.length === 0) return true;
    const surname = e.nameKeys[e.nameKeys.length - 1]!;
    return !content.objects.has(surname) && !(personal && content.subject.has(surname));
  };
}

/** A person: named, or described by a role ("the minister"); "Statistics" or "The report" is no one's "he". */
function isPersonLike(e: Entity): boolean {
  if (e.nameKeys.length > 0 || e.person) return true;
  for (const h of e.heads) if (ROLES.has(h)) return true;
  return false;
}

/** The most recent of the `n` most recent entities that fits. */
function mostRecentWithin(entities: Recency, n: number, fits: (e: Entity) => boolean): Entity | undefined {
  let k = 0;
  for (let e = entities.newest; e !== undefined && k < n; e = e.older, k++) if (fits(e)) return e;
  return undefined;
}

/** The most recent entity that fits. */
function mostRecent(entities: Recency, fits: (e: Entity) => boolean): Entity | undefined {
  for (let e = entities.newest; e !== undefined; e = e.older) if (fits(e)) return e;
  return undefined;
}

/**
 * The most recent entity whose name a mention's name keys match (see sameName). Every match has the
 * mention's surname among its name keys, so only the bearers of that key are compared.
 */
function namesake(salience: Salience, nameKeys: readonly string[]): Entity | undefined {
  return latest(salience.byName.get(nameKeys[nameKeys.length - 1]!), (e) => sameName(e.nameKeys, nameKeys));
}

/** The most recent of the entities filed under a key that fits: what mostRecent would find, if all that fit are filed there. */
function latest(filed: readonly Entity[] | undefined, fits: (e: Entity) => boolean): Entity | undefined {
  let found: Entity | undefined;
  for (const e of filed ?? []) if ((found === undefined || e.seen > found.seen) && fits(e)) found = e;
  return found;
}

/** "Poll" and "Jane Poll" are one person; "Jane Poll" and "Tom Poll" are not. */
function sameName(known: readonly string[], mention: readonly string[]): boolean {
  if (known.length === 0) return false;
  const surname = mention[mention.length - 1]!;
  if (known[known.length - 1] !== surname && !known.includes(surname)) return false;
  return mention.every((k) => known.includes(k)) || known.every((k) => mention.includes(k));
}

/** The mention as a reader would name the source: the name without a description attached before it. */
function displayName(text: string, words: readonly Word[], facts: MentionFacts): string {
  if (facts.nameStart === undefined) return text;
  return text.slice(words[facts.nameStart]!.start - words[0]!.start);
}

function newEntity(text: string, facts: MentionFacts): Entity {
  return {
    display: text,
    displayKey: text.toLowerCase(),
    nameKeys: [...facts.nameKeys],
    heads: new Set(),
    plural: facts.plural,
    org: facts.org,
    person: facts.person,
    seen: 0,
  };
}

function enrich(entity: Entity, facts: MentionFacts, text: string): void {
  for (const head of facts.heads) entity.heads.add(head);
  if (facts.person || facts.pronoun === "m" || facts.pronoun === "f") entity.person = !entity.org;
  // A later appositive ("Harlow Pharma, the drug maker") can show a name first met bare is an organisation.
  if (facts.org && !facts.pronoun && entity.gender === undefined) entity.org = true;
  if (facts.pronoun === "m" || facts.pronoun === "f") entity.gender ??= facts.pronoun;
  else if (!facts.pronoun) entity.gender ??= facts.gender;
  // A fuller form of a known name ("Jane Poll" after "Poll") becomes the name.
  if (facts.nameKeys.length > entity.nameKeys.length && sameName(entity.nameKeys, facts.nameKeys)) {
    entity.display = text;
    entity.displayKey = text.toLowerCase();
    entity.nameKeys = [...facts.nameKeys];
  }
}

/** Makes the entity the most recent, and files it under its name keys when they are new. */
function touch(salience: Salience, entity: Entity): void {
  const recency = salience.entities;
  if (recency.newest !== entity) {
    if (entity.newer) entity.newer.older = entity.older;
    if (entity.older) entity.older.newer = entity.newer;
    entity.older = recency.newest;
    entity.newer = undefined;
    if (recency.newest) recency.newest.newer = entity;
    recency.newest = entity;
  }
  entity.seen = ++salience.clock;
  if (entity.filedDisplay !== entity.displayKey) {
    fileUnder(salience.byDisplay, entity.displayKey, entity);
    entity.filedDisplay = entity.displayKey;
  }
  if (entity.filed === entity.nameKeys) return;
  for (const key of entity.nameKeys) if (!salience.byName.get(key)?.includes(entity)) fileUnder(salience.byName, key, entity);
  entity.filed = entity.nameKeys;
}

function fileUnder(index: Map<string, Entity[]>, key: string, entity: Entity): void {
  const filed = index.get(key);
  if (filed) filed.push(entity);
  else index.set(key, [entity]);
}

/**
 * Remembers a person named as a clause's subject in narration (narrated-subjects.ts), so a later "he said"
 * can reach them. Only a person: a name with a gender (a given name, an honorific), a name with a lower-case
 * description before it ("skipper Wade Bassi"), or a name already known as a person's. Organisations and
 * places in the same position ("Whole Foods has", "Seattle is") are left out: a pronoun never means them.
 */
export function noteNarratedPerson(salience: Salience, text: string, words: readonly Word[]): void {
  const facts = factsOf(salience, words, []);
  if (facts.nameKeys.length === 0 || facts.pronoun || facts.org || facts.plural) return;
  const known = namesake(salience, facts.nameKeys);
  // "Benioff said …" then "Benioff intimately understands …": a speaker known only by a surname is taken as a person.
  const person = known
    ? (known.person || known.spoke === true) && !known.org && !known.plural
    : facts.person && (facts.gender !== undefined || facts.nameStart !== undefined);
  if (!person) return;
  const name = displayName(text, words, facts);
  const entity = known ?? newEntity(name, facts);
  enrich(entity, facts, name);
  touch(salience, entity);
}

/**
 * "Teachers didn't see Reyes on Tuesday. His office said …": a known person named anywhere in the sentence
 * before (an object, a possessor) is more recent than anyone named earlier, as a reader would take it. Run
 * when the next sentence starts, with the clock as it was when that sentence started (`since`): whoever that
 * sentence made the most recent (its subject or speaker) stays so. Only names already known as a person's
 * are looked up, one map lookup a word. This is also what makes a possessor in narration ("talks with
 * Okafor's representatives") the antecedent of a later "the 56-year-old" (`en.salience.possessor`).
 */
export function refreshKnownPersons(salience: Salience, words: readonly Word[], since: number): void {
  const top = salience.entities.newest;
  for (const w of words) {
    if (!w.cap || w.quote >= 0) continue;
    const key = withoutPossessive(w.key);
    const filed = salience.byName.get(key);
    if (!filed) continue;
    const known = latest(filed, (e) => e.person && !e.org && !e.plural && e.nameKeys[e.nameKeys.length - 1] === key);
    if (known) touch(salience, known);
  }
  if (top && top.seen > since) touch(salience, top);
}

/** The recency clock, to mark where a sentence starts (see refreshKnownPersons). */
export function salienceClock(salience: Salience): number {
  return salience.clock;
}

/**
 * "Gov. Dana Reyes and leaders of the Legislature have avoided …": a coordinated subject in narration is a
 * group a later "they said" can mean. Remembered by its words as written, never by a name: "Reyes" alone
 * still means the governor.
 */
export function notePluralSubject(salience: Salience, text: string): void {
  const key = text.toLowerCase();
  const entity = latest(salience.byDisplay.get(key), (e) => e.displayKey === key) ?? newEntity(text, { ...NO_FACTS, plural: true });
  touch(salience, entity);
}
