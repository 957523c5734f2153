import { inSet, isDefinite, NAME_CATEGORY_KEYS, OUTLET_KEYS, SPEECH_EVENT_KEYS, type CueForm } from "./lexicon-index.ts";
import { resolvePhrase } from "./resolve-phrase.ts";
import { gapBefore, hasClauseStop, type SentenceView } from "./sentence-view.ts";
import { readSpeakerAfter } from "./speaker-phrase.ts";
import type { Entity, SpeakerRegistry } from "./speaker-registry.ts";

/** Speech acts named by a plural noun, made (وجهها، أطلقها) like a statement: "اتهامات وجهتها فلانة". */
const SPEECH_ACT_NOUNS = new Set(["اتهامات", "انتقادات", "تحذيرات", "دعوات", "تهديدات", "وعود", "تعهدات"]);
/** "أدلى بها", "أدلت به": the verb takes the event with بـ. */
const WITH_IT = new Set(["بها", "به"]);
/** Pronouns between the relative verb and its subject: "ألقاها أمس", "أجرتها معه". */
const BEFORE_SUBJECT = new Set(["معه", "معها", "له", "لها", "امس", "اليوم"]);
const MAX_WORDS_BACK = 24;

/**
 * "في كلمة ألقاها الرئيس أمام البرلمان، قال فيها إن…", "بعد تصريحات أدلى بها الوزير فلان، أكد فيها أن…",
 * "اتهامات وجهتها السفيرة فلانة، قالت فيها إن…": a subject-less verb with فيه/فيها speaks for whoever
 * made the speech event named before it, the subject of the relative verb right after the event noun.
 * The walk back is bounded and stops at a clause stop.
 */
export function authorOfSpeechEvent(view: SentenceView, j: number, cue: CueForm, registry: SpeakerRegistry): Entity | undefined {
  for (let k = j - 2; k >= 0 && j - k <= MAX_WORDS_BACK; k--) {
    if (hasClauseStop(gapBefore(view, k + 1))) return undefined;
    if (!isSpeechEvent(view.tokens[k]!.key)) continue;
    let from = subjectAfterRelativeVerb(view, k + 1);
    if (from < 0) return undefined;
    while (from < j && BEFORE_SUBJECT.has(view.tokens[from]!.key)) from++;
    const phrase = readSpeakerAfter(view, from, new Set());
    const head = phrase?.words[0]?.key ?? "";
    if (!phrase || phrase.last >= j || NAME_CATEGORY_KEYS.has(head) || OUTLET_KEYS.has(head)) return undefined; // "مقابلة أجرتها معه قناة…": the outlet asked
    return resolvePhrase(view, phrase, cue, registry);
  }
  return undefined;
}

function isSpeechEvent(key: string): boolean {
  const bare = key.replace(/^(وفي|في|بال|وال|ال|ب|و)/, "");
  return inSet(SPEECH_EVENT_KEYS, bare) || SPEECH_ACT_NOUNS.has(bare) || inSet(SPEECH_EVENT_KEYS, key) || SPEECH_ACT_NOUNS.has(key);
}

/**
 * The word index where the subject of the relative verb at v starts: after "ألقاها"/"وجهتها" (the event
 * as a suffix), or after "أدلى بها"; -1 when word v is no such verb. "أجراها" (whoever interviewed) never counts.
 */
function subjectAfterRelativeVerb(view: SentenceView, v: number): number {
  const verb = view.tokens[v];
  if (!verb || /^اجر/.test(verb.key)) return -1;
  if (WITH_IT.has(view.tokens[v + 1]?.key ?? "")) return v + 2;
  return /.{2,}(ها|ه)$/.test(verb.key) && !isDefinite(verb) ? v + 1 : -1;
}
