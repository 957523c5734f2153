import { EN_ABBREVIATIONS_LEXICON, EN_SENTENCE_OPENERS_LEXICON } from "./en-abbreviations.lexicon.ts";
import { parseLexicon, parseWordList } from "./parse-lexicon.ts";

const rows = parseLexicon(EN_ABBREVIATIONS_LEXICON);

/**
 * English abbreviations whose full stop does not end a sentence (matched lower-case, without the dot):
 * every entry of en-abbreviations.lexicon.ts.
 */
export const EN_ABBREVIATIONS: readonly string[] = rows.map(([abbreviation = ""]) => abbreviation);

/** Months as news abbreviates them ("Jan.", "Sept."): shared by the abbreviation and time-word lists. */
export const EN_MONTH_ABBREVIATIONS: readonly string[] = rows.filter(([, flag]) => flag === "month").map(([abbreviation = ""]) => abbreviation);

/**
 * Abbreviations that are also words or name endings, so they often end a sentence: "voted no.",
 * "Acme Inc.", "Tom Hale Jr.". Before a word that opens a sentence (below) their stop ends it.
 */
export const EN_SENTENCE_FINAL_ABBREVIATIONS: readonly string[] = rows.filter(([, flag]) => flag === "final").map(([abbreviation = ""]) => abbreviation);

/** Words that open a new sentence after such an abbreviation (as after "U.S." in text/sentences.ts). */
export const EN_SENTENCE_OPENERS: readonly string[] = parseWordList(EN_SENTENCE_OPENERS_LEXICON);
