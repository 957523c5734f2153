import { matchKey } from "../text/normalize.ts";
import { cueFormOf, RELATIVE_KEYS, type CueForm } from "./lexicon-index.ts";
import { gapBefore, hasClauseStop, hasColon, hasComma, type SentenceView } from "./sentence-view.ts";

/**
 * Verbal nouns that relay words when they carry the speaker's pronoun: "نقلت الوكالة عن الوزير نفيه
 * الاتهامات", "…عن مسؤول تأكيده أن…", "…عن الوزيرة تحذيرها من…". Each is read like its verb (its
 * preposition, its bare object), so the verb it comes from is given with it.
 */
const SPEECH_NOUNS: ReadonlyArray<[noun: string, verb: string]> = [
  ["قول", "قال"],
  ["نفي", "نفى"],
  ["تأكيد", "أكد"],
  ["تحذير", "حذر"],
  ["اتهام", "اتهم"],
  ["دعوة", "دعا"],
  ["مطالبة", "طالب"],
  ["ترحيب", "رحب"],
  ["إعلان", "أعلن"],
  ["انتقاد", "انتقد"],
  ["توقع", "توقع"],
  ["تشديد", "شدد"],
  ["تهديد", "هدد"],
  ["اعتراف", "اعترف"],
  ["إدانة", "أدان"],
  ["تعهد", "تعهد"],
  ["تصريح", "صرح"],
];
const PRONOUNS = ["ه", "ها", "هم", "هما"];

const SPEECH_NOUN_CUES: ReadonlyMap<string, CueForm> = buildSpeechNounCues();

function buildSpeechNounCues(): Map<string, CueForm> {
  const cues = new Map<string, CueForm>();
  for (const [noun, verb] of SPEECH_NOUNS) {
    const cue = cueFormOf(matchKey(verb));
    if (!cue) continue;
    const stem = matchKey(noun).replace(/ه$/, "ت"); // دعوة → دعوته
    for (const pronoun of PRONOUNS) cues.set(stem + pronoun, { ...cue, tense: "past" });
  }
  return cues;
}

/** Every relaying noun form, as keys: they end the source's phrase. */
export const SPEECH_NOUN_KEYS: ReadonlySet<string> = new Set(SPEECH_NOUN_CUES.keys());

/** The relayed words' noun at word k ("قوله", "نفيه", "تأكيدها"), read as its verb; undefined when it is none. */
export function speechNounAt(view: SentenceView, k: number): CueForm | undefined {
  const key = view.tokens[k]?.key;
  return key === undefined ? undefined : SPEECH_NOUN_CUES.get(key);
}

const MAX_ASIDE_WORDS = 14;

/**
 * Where the relaying noun stands after the source phrase ending at word `last`: right after it, or after
 * an aside about the source ("عن فلان وهو أحد قادة المعارضة نفيه…", "عن فلان الذي يعرف بأنه «…» قوله إن…").
 * Returns its index, or -1.
 */
export function relayingNounAfter(view: SentenceView, last: number): number {
  if (speechNounAt(view, last + 1)) return last + 1;
  const opensAside = last + 1 < view.tokens.length && (RELATIVE_KEYS.has(view.tokens[last + 1]!.key) || hasComma(gapBefore(view, last + 1)));
  if (!opensAside) return -1;
  for (let k = last + 2; k < view.tokens.length && k - last <= MAX_ASIDE_WORDS; k++) {
    const gap = gapBefore(view, k);
    if (hasClauseStop(gap) || hasColon(gap)) return -1;
    if (speechNounAt(view, k)) return k;
  }
  return -1;
}
