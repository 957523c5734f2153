import { stemmer as englishStem } from "@orama/stemmers/english";
import { stopwords as arabicStopWords } from "@orama/stopwords/arabic";
import { stopwords as englishStopWords } from "@orama/stopwords/english";
import { matchKey } from "../../core/text/normalize.ts";
import type { Language } from "../../schemas/article.ts";

/**
 * What the "already checked" matcher compares of a claim: its content terms, the numbers it states
 * and whether it is negated. Two claims can share most of their words and still say different things
 * ("9 planes landed" / "90 planes landed", "will attend" / "will not attend"), so numbers and negation
 * are kept apart from the terms and must agree (see claimSimilarity).
 */
export interface MatchTerms {
  /** Content words, each once: stop words dropped, Arabic clitics stripped, English words stemmed. */
  terms: readonly string[];
  /** The numbers written in digits (Arabic-Indic digits read as ASCII), sorted, each once. */
  numbers: readonly string[];
  /** A negation word ("not", "never", لا، لم، لن، ليس …) occurs in the claim. */
  negated: boolean;
}

/** Negation words, as folded keys: they decide polarity, so they are neither stop words nor terms. */
const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "none",
  "nobody",
  "nothing",
  "neither",
  "nor",
  "cannot",
  "لا",
  "لم",
  "لن",
  "ليس",
  "ليست",
  "ليسوا",
  "لسنا",
  "لست",
]);

/**
 * Stop words of both languages (Orama's lists, @orama/stopwords, folded as claim words are), minus
 * the negations. The words are folded once, here, so "أن" in the list drops "ان" in a claim.
 */
const STOP_WORDS = new Set([...arabicStopWords, ...englishStopWords].map(matchKey).filter((w) => !NEGATIONS.has(w)));

/** A number written in digits, with a decimal or thousands separator inside. */
const NUMBER = /^\d+(?:[.,٫٬]\d+)*$/;

/**
 * Match terms of a claim from its folded words (CatalogueClaim.words: diacritics, tatweel, alef,
 * yaa and taa marbuta already folded, lower case). Pure; odd input gives empty terms, never throws.
 */
export function matchTerms(words: readonly string[], language: Language): MatchTerms {
  const terms = new Set<string>();
  const numbers = new Set<string>();
  let negated = false;
  for (const raw of words) {
    // A conjunction written onto a number ("و١٢", "and 12") leaves the number.
    const word = asciiDigits(raw).replace(/^[وف](?=\d)/, "");
    if (NEGATIONS.has(word) || word.endsWith("n't")) negated = true;
    else if (NUMBER.test(word)) numbers.add(word.replace(/[,٬]/g, "").replace("٫", "."));
    else {
      const term = termOf(word, language);
      if (term) terms.add(term);
    }
  }
  return { terms: [...terms], numbers: [...numbers].sort(), negated };
}

/**
 * Stems already worked out, by language and word ("" for a stop word): a desk's claims share most
 * of their vocabulary, so this turns the stemmer's 2–3 µs a word into a map look-up. Emptied
 * when it grows past TERM_CACHE_SIZE words, so hostile text cannot make it grow without end.
 */
const termCache = { ar: new Map<string, string>(), en: new Map<string, string>() };
const TERM_CACHE_SIZE = 200_000;

/** The term a (non-number, non-negation) word gives, or "" when it is a stop word or too short. */
function termOf(word: string, language: Language): string {
  const cache = termCache[language];
  let term = cache.get(word);
  if (term === undefined) {
    const stem = STOP_WORDS.has(word) ? "" : language === "ar" ? arabicStem(word) : englishStem(word);
    term = stem.length > 1 && !STOP_WORDS.has(stem) ? stem : "";
    if (cache.size >= TERM_CACHE_SIZE) cache.clear();
    cache.set(word, term);
  }
  return term;
}

/** Arabic-Indic and Persian digits as ASCII ("٩" → "9"); other characters unchanged. */
function asciiDigits(word: string): string {
  return word.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
}

/**
 * Clitic prefixes: the article with its prepositions (ال، بال، كال، فال، وال، لل) and the
 * conjunctions و ف. Bare ب ل ك are left: they begin too many words (كامل would become امل, "hope").
 */
const PREFIXES = ["وال", "فال", "بال", "كال", "لل", "ال", "و", "ف"];
/** Plural, dual, feminine, nisba and pronoun endings (taa marbuta already folded to ه). */
const SUFFIXES = ["ات", "ون", "ين", "ان", "يه", "ها", "هم", "ه", "ي"];
/** Shortest stem left after stripping: shorter stems would merge unrelated words. */
const MIN_STEM = 3;

/**
 * A light Arabic stem: clitic prefixes stripped as long as three letters stay, then up to two
 * endings. Deterministic per word, so both claims of a pair reduce the same way ("والحكومات" and
 * "الحكومه" both give "حكوم"). A light stemmer on purpose: a root stemmer merges words that differ
 * in meaning, and the Snowball Arabic stemmer (@orama/stemmers) strips the و of "وزارة" ("زار").
 */
export function arabicStem(word: string): string {
  let stem = word;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const prefix of PREFIXES) {
      if (stem.startsWith(prefix) && stem.length - prefix.length >= MIN_STEM) {
        stem = stem.slice(prefix.length);
        stripped = true;
        break;
      }
    }
  }
  for (let pass = 0; pass < 2; pass++) {
    const suffix = SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}
