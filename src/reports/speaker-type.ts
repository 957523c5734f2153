import { AR_ORGANISATIONS } from "../core/lexicon/ar-speakers.ts";
import { EN_ORG_NOUNS } from "../core/lexicon/en-speaker-words.ts";
import { matchKey } from "../core/text/normalize.ts";

const ARABIC_HEADS = new Set(AR_ORGANISATIONS.map(matchKey));
const ENGLISH_NOUNS = new Set(EN_ORG_NOUNS);

/**
 * Whether a speaker's name names a body ("وزارة الدفاع الروسية", "the Interior Ministry") or a
 * person, with the extractor's own organisation lexicons: an Arabic name is a body when its first
 * word heads one, an English name when any of its words does. For ClaimReview's Claim `author`.
 */
export function speakerType(name: string): "Organization" | "Person" {
  const words = name
    .split(/[\s\u00a0]+/)
    .filter(Boolean)
    .map(matchKey);
  const first = words[0]?.replace(/^و/, "") ?? "";
  if (ARABIC_HEADS.has(words[0] ?? "") || ARABIC_HEADS.has(first)) return "Organization";
  return words.some((w) => ENGLISH_NOUNS.has(w.replace(/[^a-z]/g, ""))) ? "Organization" : "Person";
}
