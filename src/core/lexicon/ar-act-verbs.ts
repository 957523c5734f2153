import { AR_ACT_VERBS_LEXICON } from "./ar-act-verbs.lexicon.ts";
import { parseWordList } from "./parse-lexicon.ts";

/** Verbs of a public act whose subject a following ḥāl participle speaks for (see ar-act-verbs.lexicon.ts). */
export const AR_ACT_VERBS: readonly string[] = parseWordList(AR_ACT_VERBS_LEXICON);
