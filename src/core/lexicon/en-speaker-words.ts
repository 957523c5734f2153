import { EN_MONTH_ABBREVIATIONS } from "./en-abbreviations.ts";
import {
  EN_ACCUSING_VERBS_LEXICON,
  EN_ADJUNCT_HEADS_LEXICON,
  EN_ALLEGATION_NOUNS_LEXICON,
  EN_APPROXIMATORS_LEXICON,
  EN_ACT_NOUNS_LEXICON,
  EN_MEASURE_UNITS_LEXICON,
  EN_DENYING_VERBS_LEXICON,
  EN_DOCUMENT_ISSUING_VERBS_LEXICON,
  EN_QUANTITY_WORDS_LEXICON,
  EN_ADJUNCT_PREPOSITIONS_LEXICON,
  EN_ATTRIBUTE_NOUNS_LEXICON,
  EN_AUDIENCE_NOUNS_LEXICON,
  EN_BUSINESS_NOUNS_LEXICON,
  EN_CUE_BLOCKERS_LEXICON,
  EN_DETERMINERS_LEXICON,
  EN_DOCUMENT_MODIFIERS_LEXICON,
  EN_DOCUMENT_NOUNS_LEXICON,
  EN_FEMALE_FIRST_NAMES_LEXICON,
  EN_FINDING_SOURCES_LEXICON,
  EN_FINITE_MARKERS_LEXICON,
  EN_GROUP_NOUNS_LEXICON,
  EN_HONORIFICS_LEXICON,
  EN_INFINITIVE_BLOCKERS_LEXICON,
  EN_IRREGULAR_PAST_LEXICON,
  EN_ISSUING_PARTICIPLES_LEXICON,
  EN_LEADING_FILLERS_LEXICON,
  EN_MALE_FIRST_NAMES_LEXICON,
  EN_NOT_SOURCES_LEXICON,
  EN_ORG_NOUNS_LEXICON,
  EN_PLACE_CLOSERS_LEXICON,
  EN_PLACE_OPENERS_LEXICON,
  EN_PRE_CUE_FILLERS_LEXICON,
  EN_PRONOUNS_LEXICON,
  EN_ROLE_NOUNS_LEXICON,
  EN_SAY_OBJECTS_LEXICON,
  EN_SELF_ISSUED_DOCUMENTS_LEXICON,
  EN_STANCE_NOUNS_LEXICON,
  EN_DISPUTED_NOUNS_LEXICON,
  EN_SUBORDINATORS_LEXICON,
  EN_FRONTED_SUBORDINATORS_LEXICON,
  EN_TIME_WORDS_LEXICON,
} from "./en-speaker-words.lexicon.ts";
import { parseRecord, parseWordList } from "./parse-lexicon.ts";

/**
 * Words that help find and resolve who is speaking in English news copy.
 * All entries are lower-case matching keys (see text/normalize.ts `matchKey`).
 */

/** Subject pronouns and what they can refer to. */
export const EN_PRONOUNS: Readonly<Record<string, "m" | "f" | "plural" | "thing">> = parseRecord(EN_PRONOUNS_LEXICON, ["m", "f", "plural", "thing"]);

/** Honorifics and titles written before a name; they stay inside the speaker name ("Sen. Elizabeth Warren"). Gender where the word gives it. */
export const EN_HONORIFICS: Readonly<Record<string, "m" | "f" | "">> = parseRecord(EN_HONORIFICS_LEXICON, ["m", "f", ""]);

/**
 * Nouns that name a role; a later "the minister"/"the spokeswoman" resolves to the earlier speaker
 * described with the same noun. Gender where the word gives it.
 */
export const EN_ROLE_NOUNS: Readonly<Record<string, "m" | "f" | "">> = parseRecord(EN_ROLE_NOUNS_LEXICON, ["m", "f", ""]);

/**
 * Role nouns that describe a person rather than their job: "the Frenchman", "the 45-year-old" may refer back
 * to someone already described by another role ("Arsenal manager Arsene Wenger").
 */
export const EN_ATTRIBUTE_NOUNS: readonly string[] = parseWordList(EN_ATTRIBUTE_NOUNS_LEXICON);

/** Organisation nouns that mean a business, and are organisation nouns too ("the company", "the lender"). */
const EN_BUSINESS_NOUNS: readonly string[] = parseWordList(EN_BUSINESS_NOUNS_LEXICON);

/** Organisation nouns that mean a business: "the company" may refer back to a named source not known as an organisation ("Rosneft"). */
export const EN_COMPANY_NOUNS: readonly string[] = [...EN_BUSINESS_NOUNS, "corporation", "business", "conglomerate"];

/** Heads of organisation names: they speak too ("the ministry said"), and are never "he" or "she". */
export const EN_ORG_NOUNS: readonly string[] = [...parseWordList(EN_ORG_NOUNS_LEXICON), ...EN_BUSINESS_NOUNS];

/** Heads of plural or unnamed sources ("officials said", "a source familiar with the matter said"). */
export const EN_GROUP_NOUNS: readonly string[] = parseWordList(EN_GROUP_NOUNS_LEXICON);

/** Documents whose "said" resolves to whoever issued them earlier ("the statement said"). */
export const EN_DOCUMENT_NOUNS: readonly string[] = parseWordList(EN_DOCUMENT_NOUNS_LEXICON);

/** Subjects that "find" and "show" as a source does: studies, surveys, inquiries and published numbers. */
export const EN_FINDING_SOURCES: readonly string[] = parseWordList(EN_FINDING_SOURCES_LEXICON);

/** Participles between a document and its issuer: "figures published by the university", "a letter sent by …". */
export const EN_ISSUING_PARTICIPLES: readonly string[] = parseWordList(EN_ISSUING_PARTICIPLES_LEXICON);

/**
 * Documents a party issues about itself, so that with no issuer named ("according to a news release",
 * "a statement said") they speak for the party that last spoke. Reports and studies are left out:
 * a bare "a report" is as often a third party's.
 */
export const EN_SELF_ISSUED_DOCUMENTS: readonly string[] = parseWordList(EN_SELF_ISSUED_DOCUMENTS_LEXICON);

/** Modifiers that leave a document bare: "a news release", "a brief written statement". */
export const EN_DOCUMENT_MODIFIERS: readonly string[] = parseWordList(EN_DOCUMENT_MODIFIERS_LEXICON);

/** Listeners after "told": "told reporters", "told Reuters" — the channel, never the speaker. */
export const EN_AUDIENCE_NOUNS: readonly string[] = parseWordList(EN_AUDIENCE_NOUNS_LEXICON);

/**
 * Words after the cue that open an adjunct, not the reported clause ("said on Tuesday that",
 * "said in a statement the…"). With a following "that" the adjunct is skipped whatever it holds.
 */
export const EN_ADJUNCT_PREPOSITIONS: readonly string[] = parseWordList(EN_ADJUNCT_PREPOSITIONS_LEXICON);

/** Time words that may trail a subject or an adjunct ("Biden on Tuesday said"). */
export const EN_TIME_WORDS: readonly string[] = [...parseWordList(EN_TIME_WORDS_LEXICON), ...EN_MONTH_ABBREVIATIONS];

/** Words that open a sentence without being part of the subject ("But officials said"). */
export const EN_LEADING_FILLERS: readonly string[] = parseWordList(EN_LEADING_FILLERS_LEXICON);

/** Words between subject and cue that belong to neither ("Smith also said", "she has repeatedly said"). */
export const EN_PRE_CUE_FILLERS: readonly string[] = parseWordList(EN_PRE_CUE_FILLERS_LEXICON);

/** Words that, right before a cue, show it is not an attribution ("declined to say", "did not say"). */
export const EN_CUE_BLOCKERS: readonly string[] = parseWordList(EN_CUE_BLOCKERS_LEXICON);

/**
 * Words before an infinitive cue that make it no attribution: refusal, intent, expectation, ability,
 * request ("declined to say", "wanted to say", "is expected to say", "asked him to say", "in order to say").
 */
export const EN_INFINITIVE_BLOCKERS: readonly string[] = parseWordList(EN_INFINITIVE_BLOCKERS_LEXICON);

/** Nouns naming a speaker's stance: "reiterated the UK's position that …" reports the clause after "that". */
export const EN_STANCE_NOUNS: readonly string[] = parseWordList(EN_STANCE_NOUNS_LEXICON);

/** Nouns naming someone else's claim, whose "that" clause a denial disputes ("rejected the notion that …"). */
export const EN_DISPUTED_NOUNS: readonly string[] = parseWordList(EN_DISPUTED_NOUNS_LEXICON);

/** Determiners and possessives: a word after them is a noun ("the claims"), not a cue. */
export const EN_DETERMINERS: readonly string[] = parseWordList(EN_DETERMINERS_LEXICON);

/** Auxiliaries and modals: their presence early in a that-less complement marks it as a clause. */
export const EN_FINITE_MARKERS: readonly string[] = parseWordList(EN_FINITE_MARKERS_LEXICON);

/** First names with a clear gender, for pronoun resolution when no honorific or role noun says it. */
export const EN_FIRST_NAMES: Readonly<Record<string, "m" | "f">> = Object.fromEntries([
  ...parseWordList(EN_MALE_FIRST_NAMES_LEXICON).map((name) => [name, "m" as const]),
  ...parseWordList(EN_FEMALE_FIRST_NAMES_LEXICON).map((name) => [name, "f" as const]),
]);

/** Nouns that end an adjunct after the cue ("said in a statement", "told reporters at a news conference"). */
export const EN_ADJUNCT_HEADS: readonly string[] = parseWordList(EN_ADJUNCT_HEADS_LEXICON);

/** Phrases after "according to" that are not sources ("according to plan"). */
export const EN_NOT_SOURCES: readonly string[] = parseWordList(EN_NOT_SOURCES_LEXICON);

/** Irregular past tenses: with the auxiliaries they mark a that-less complement as a clause ("denied he knew"). */
export const EN_IRREGULAR_PAST: readonly string[] = parseWordList(EN_IRREGULAR_PAST_LEXICON);

/** Fixed objects of "say": "said nothing", "said a prayer" — no reported clause follows. */
export const EN_SAY_OBJECTS: readonly string[] = parseWordList(EN_SAY_OBJECTS_LEXICON);

/** Words that open a subordinate clause after an attribution ("…, officials said, as winds rose"). */
export const EN_SUBORDINATORS: readonly string[] = parseWordList(EN_SUBORDINATORS_LEXICON);

/** Words that open a sentence with a subordinate clause ("Although …, ", "When President X arrived, she said …"). */
export const EN_FRONTED_SUBORDINATORS: readonly string[] = parseWordList(EN_FRONTED_SUBORDINATORS_LEXICON);

/**
 * Words that make a capitalised run a place or a storm, not a person, when they open it ("San Jose",
 * "St. Louis", "Hurricane Maria") or close it ("Jackson County", "Baker Street"); a given name inside
 * such a run ("Jose", "Maria") says nothing about a gender.
 */
export const EN_PLACE_OPENERS: readonly string[] = parseWordList(EN_PLACE_OPENERS_LEXICON);

export const EN_PLACE_CLOSERS: readonly string[] = parseWordList(EN_PLACE_CLOSERS_LEXICON);

/** Verbs that accuse someone by name ("accused X of …"): a later "the company denied the allegations" is one of the accused. */
export const EN_ACCUSING_VERBS: readonly string[] = parseWordList(EN_ACCUSING_VERBS_LEXICON);

/** Verbs that deny an accusation ("denied the allegations"). */
export const EN_DENYING_VERBS: readonly string[] = parseWordList(EN_DENYING_VERBS_LEXICON);

/** Nouns for an accusation, the object of a denial that answers one. */
export const EN_ALLEGATION_NOUNS: readonly string[] = parseWordList(EN_ALLEGATION_NOUNS_LEXICON);

/** Verbs (and "out" of "put out") before "a statement", "a letter": their subject issued the document. */
export const EN_DOCUMENT_ISSUING_VERBS: readonly string[] = parseWordList(EN_DOCUMENT_ISSUING_VERBS_LEXICON);

/** Approximations before a number word ("nearly", "about", "some"). */
export const EN_APPROXIMATORS: readonly string[] = parseWordList(EN_APPROXIMATORS_LEXICON);

/** Number words and vague quantities that can open a clause's subject ("thousands", "half", "several"). */
export const EN_QUANTITY_WORDS: readonly string[] = parseWordList(EN_QUANTITY_WORDS_LEXICON);

/** Units of a measured rise or fall after a number ("percent", "points", "cents"). */
export const EN_MEASURE_UNITS: readonly string[] = parseWordList(EN_MEASURE_UNITS_LEXICON);

/** Nouns for a transaction or an act ("deal", "merger", "move"): never a source. */
export const EN_ACT_NOUNS: readonly string[] = parseWordList(EN_ACT_NOUNS_LEXICON);
