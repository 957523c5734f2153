import { AR_KINSHIP_LEXICON } from "./ar-kinship.lexicon.ts";
import { parseLexicon } from "./parse-lexicon.ts";

/** A kinship relation and the words that name it (see ar-kinship.lexicon.ts). */
export interface KinshipRelation {
  relation: string;
  forms: readonly string[];
}

export const AR_KINSHIP: readonly KinshipRelation[] = parseLexicon(AR_KINSHIP_LEXICON).map(([relation = "", forms = ""]) => ({
  relation,
  forms: forms.split(/\s+/).filter(Boolean),
}));
