/**
 * The Arabic speaker lexicons as lists, read from ar-speakers.lexicon.ts (one entry a line there).
 */
import {
  AR_TITLES_LEXICON,
  AR_ORGANISATIONS_LEXICON,
  AR_STATEMENT_NOUNS_LEXICON,
  AR_STATEMENT_PARTS_LEXICON,
  AR_NAME_CATEGORY_NOUNS_LEXICON,
  AR_SPEECH_EVENT_NOUNS_LEXICON,
  AR_TIME_WORDS_LEXICON,
  AR_SUPPLEMENT_PREPOSITIONS_LEXICON,
  AR_RELATIVE_PRONOUNS_LEXICON,
  AR_JOURNALIST_ASIDES_LEXICON,
  AR_AUDIENCE_NOUNS_LEXICON,
  AR_UNNAMED_SOURCES_LEXICON,
  AR_SOURCE_HEADS_LEXICON,
  AR_SOURCE_ADJECTIVES_LEXICON,
  AR_NAME_PARTICLES_LEXICON,
  AR_SAME_LEXICON,
  AR_OUTLETS_LEXICON,
  AR_ADDRESSEES_LEXICON,
  AR_MASCULINE_HEADS_LEXICON,
  AR_HUMAN_PLURALS_LEXICON,
  AR_TITLE_SYNONYMS_LEXICON,
} from "./ar-speakers.lexicon.ts";
import { parseLexicon, parseWordList } from "./parse-lexicon.ts";

/** Titles and roles that head a person's description (definite and construct forms both listed). */
export const AR_TITLES: readonly string[] = parseWordList(AR_TITLES_LEXICON);

/** Organisation heads: a phrase starting with one of these names a body, not a person. */
export const AR_ORGANISATIONS: readonly string[] = parseWordList(AR_ORGANISATIONS_LEXICON);

/** Nouns that name a document or statement: "وأوضح البيان أن…" speaks for whoever issued it. */
export const AR_STATEMENT_NOUNS: readonly string[] = parseWordList(AR_STATEMENT_NOUNS_LEXICON);

/** Nouns naming a part of a statement: "وجاء في نص البيان", "في جانب من البيان". */
export const AR_STATEMENT_PARTS: readonly string[] = parseWordList(AR_STATEMENT_PARTS_LEXICON);

/** Nouns before a short quotation that make it a name, not a claim: قناة «الجزيرة»، طراز "إل-76". */
export const AR_NAME_CATEGORY_NOUNS: readonly string[] = parseWordList(AR_NAME_CATEGORY_NOUNS_LEXICON);

/** Nouns of a speech event: after "في حديث" or "في مؤتمر" an indefinite word is still its adjective ("مؤتمر صحفي"). */
export const AR_SPEECH_EVENT_NOUNS: readonly string[] = parseWordList(AR_SPEECH_EVENT_NOUNS_LEXICON);

/** Words after which a speaker phrase ends: time words, relative pronouns, supplements. */
export const AR_TIME_WORDS: readonly string[] = parseWordList(AR_TIME_WORDS_LEXICON);

/** Prepositions that open a supplement after the speaker ("في مؤتمر صحفي", "خلال كلمة", "لوكالة…"). */
export const AR_SUPPLEMENT_PREPOSITIONS: readonly string[] = parseWordList(AR_SUPPLEMENT_PREPOSITIONS_LEXICON);

/** Words opening an aside that runs to the next comma: relative pronouns, and "وهو/وهي" (", who was …,"). */
export const AR_RELATIVE_PRONOUNS: readonly string[] = parseWordList(AR_RELATIVE_PRONOUNS_LEXICON);

/** The journalist's own voice, not an attribution: يذكر أن، يشار إلى أن، تجدر الإشارة… */
export const AR_JOURNALIST_ASIDES: readonly string[] = parseWordList(AR_JOURNALIST_ASIDES_LEXICON);

/** Addressees and outlets after لـ that end a speaker phrase: "قال للصحفيين", "صرح لقناة…". */
export const AR_AUDIENCE_NOUNS: readonly string[] = parseWordList(AR_AUDIENCE_NOUNS_LEXICON);

/** Unnamed sources described by adjectives only: after "مصادر طبية" a noun ("مقتل…") starts the content. */
export const AR_SOURCE_HEADS: readonly string[] = parseWordList(AR_SOURCE_HEADS_LEXICON);

/** Unnamed sources: a phrase headed by one of these names nobody ("مصادر مطلعة", "مسؤول أمريكي"). */
export const AR_UNNAMED_SOURCES: readonly string[] = [...AR_SOURCE_HEADS, ...parseWordList(AR_UNNAMED_SOURCES_LEXICON)];

/** Adjectives of a source that are not nisba forms (those, -ي/-ية/-يون, are recognised by their ending). */
export const AR_SOURCE_ADJECTIVES: readonly string[] = parseWordList(AR_SOURCE_ADJECTIVES_LEXICON);

/** Name particles after which a definite word is still the name: عبد الله، أبو الغيط، بن سلمان، آل ثاني. */
export const AR_NAME_PARTICLES: readonly string[] = parseWordList(AR_NAME_PARTICLES_LEXICON);

/** "ذاته", "نفسه": "the same (speaker)", a phrase that points back to the last one. */
export const AR_SAME: readonly string[] = parseWordList(AR_SAME_LEXICON);

/** News agencies and channels often named after لـ without a category noun ("قال لرويترز"). */
export const AR_OUTLETS: readonly string[] = parseWordList(AR_OUTLETS_LEXICON);

/** Whom calls and demands are addressed to: after the speaker of دعا/طالب they start the content ("ودعت المنظمة السلطات إلى…"). */
export const AR_ADDRESSEES: readonly string[] = parseWordList(AR_ADDRESSEES_LEXICON);

/** Masculine singular heads: a feminine verb does not take them as its subject ("واتهمت الجيش…" has a pro-drop subject). */
export const AR_MASCULINE_HEADS: readonly string[] = parseWordList(AR_MASCULINE_HEADS_LEXICON);

/** Broken plurals of people, after which a pro-drop verb is plural ("وأضافوا"). */
export const AR_HUMAN_PLURALS: readonly string[] = parseWordList(AR_HUMAN_PLURALS_LEXICON);

/** Other names of the same office, as [variant, canonical] pairs ("رئيس الحكومة" → "رئيس الوزراء"). */
export const AR_TITLE_SYNONYMS: readonly (readonly [string, string])[] = parseLexicon(AR_TITLE_SYNONYMS_LEXICON).map(([variant = "", canonical = ""]) => [
  variant,
  canonical,
]);
