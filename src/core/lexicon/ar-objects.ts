import { AR_OBJECT_NOUNS_LEXICON, AR_PLACES_LEXICON } from "./ar-objects.lexicon.ts";
import { parseWordList } from "./parse-lexicon.ts";

/** Countries and capitals that start a verb's object after its speaker (see ar-objects.lexicon.ts). */
export const AR_PLACES: readonly string[] = parseWordList(AR_PLACES_LEXICON);

/** Nouns that are a verb's object, never its speaker: الأنباء، الاتهامات، المسؤولية… */
export const AR_OBJECT_NOUNS: readonly string[] = parseWordList(AR_OBJECT_NOUNS_LEXICON);
