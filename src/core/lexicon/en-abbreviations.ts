/** Months as news abbreviates them ("Jan.", "Sept."): shared by the abbreviation and time-word lists. */
export const EN_MONTH_ABBREVIATIONS: readonly string[] = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/**
 * English abbreviations whose full stop does not end a sentence (matched lower-case, without the dot).
 * Titles and honorifics come first because they precede names: "Sen. Warren said" is one sentence.
 */
export const EN_ABBREVIATIONS: readonly string[] = [
  // honorifics and titles
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "rep",
  "gov",
  "lt",
  "col",
  "gen",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "adm",
  "cmdr",
  "brig",
  "rev",
  "fr",
  "sr",
  "jr",
  "st",
  "hon",
  "pres",
  "supt",
  "insp",
  "amb",
  "atty",
  // organisations and places
  "inc",
  "corp",
  "co",
  "ltd",
  "dept",
  "univ",
  "assn",
  "mt",
  "ft",
  "ave",
  "blvd",
  // months and dates
  ...EN_MONTH_ABBREVIATIONS,
  // latin and reference
  "vs",
  "etc",
  "e.g",
  "i.e",
  "approx",
  "no",
  "nos",
  "vol",
  "p",
  "pp",
  "fig",
  "est",
  "a.m",
  "p.m",
  // countries written with dots ("U.S." ends a sentence only before a capitalised new sentence; see sentences.ts)
  "u.s",
  "u.k",
  "u.n",
  "e.u",
];

/**
 * Abbreviations that are also words or name endings, so they often end a sentence: "voted no.",
 * "Acme Inc.", "Tom Hale Jr.". Before a word that opens a sentence (below) their stop ends it.
 */
export const EN_SENTENCE_FINAL_ABBREVIATIONS: readonly string[] = ["no", "inc", "corp", "co", "ltd", "etc", "jr", "sr"];

/** Words that open a new sentence after such an abbreviation (as after "U.S." in text/sentences.ts). */
export const EN_SENTENCE_OPENERS: readonly string[] = [
  "The",
  "He",
  "She",
  "It",
  "They",
  "We",
  "I",
  "But",
  "In",
  "A",
  "An",
  "On",
  "This",
  "That",
  "His",
  "Her",
  "Its",
  "Their",
];
