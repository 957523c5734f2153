import { AR_VERBAL_NOUNS_LEXICON } from "./ar-verbal-nouns.lexicon.ts";
import { parseWordList } from "./parse-lexicon.ts";

/** Verbal nouns that open a reporting verb's object (see ar-verbal-nouns.lexicon.ts). */
export const AR_VERBAL_NOUNS: readonly string[] = parseWordList(AR_VERBAL_NOUNS_LEXICON);
