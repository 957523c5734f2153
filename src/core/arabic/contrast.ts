import type { CueForm } from "./lexicon-index.ts";
import { firstWordFrom } from "../text/tokens.ts";
import { gapBefore, hasClauseStop, hasComma, type SentenceView } from "./sentence-view.ts";
import { readSpeakerAfter, type SpeakerPhrase } from "./speaker-phrase.ts";

/** One-word contrast markers that may put a new subject before its verb: "، لكن الوزارة أكدت…". */
const CONTRAST_WORDS = new Set(["لكن", "ولكن", "بينما", "فيما"]);
/** Two-word markers, keyed by their second word: "غير أن", "بيد أن", "إلا أن", "في حين". */
const CONTRAST_PAIRS = new Map([
  ["ان", new Set(["غير", "بيد", "الا"])],
  ["حين", new Set(["في"])],
]);
const MAX_CONTRAST_SUBJECT_WORDS = 12;

/**
 * "…، لكن المتحدث باسم الجيش قال إن…", "…، غير أن البيت الأبيض أكد أن…": after a comma, a contrast
 * marker, then a subject before its verb open a new attribution; the words between marker and verb are
 * its speaker. Returns that speaker phrase for the verb at j, or undefined.
 */
export function contrastiveSubject(view: SentenceView, j: number): SpeakerPhrase | undefined {
  const last = view.tokens[j - 1]?.key === "قد" ? j - 2 : j - 1;
  for (let k = last; k >= 1 && last - k < MAX_CONTRAST_SUBJECT_WORDS; k--) {
    if (hasClauseStop(gapBefore(view, k + 1)) || (k < last && hasComma(gapBefore(view, k + 1)))) return undefined;
    const marker = markerEndingAt(view, k);
    if (marker < 0) continue;
    if (k === last || !(marker === 0 || hasComma(gapBefore(view, marker)))) return undefined;
    const phrase = readSpeakerAfter(view, k + 1, new Set());
    return phrase?.last === last ? phrase : undefined;
  }
  return undefined;
}

/** Whether the word starting at `offset` comes right after a contrast marker ("، لكن |الوزارة أكدت"). */
export function followsContrast(view: SentenceView, offset: number): boolean {
  const j = firstWordFrom(view.tokens, offset);
  return j > 0 && view.tokens[j]!.start === offset && markerEndingAt(view, j - 1) >= 0;
}

/** The index of the first word of a contrast marker ending at word k, or -1. */
function markerEndingAt(view: SentenceView, k: number): number {
  const key = view.tokens[k]!.key;
  if (CONTRAST_WORDS.has(key)) return k;
  const firsts = CONTRAST_PAIRS.get(key);
  return firsts && k > 0 && firsts.has(view.tokens[k - 1]!.key) ? k - 1 : -1;
}

const NEGATIONS = new Set(["لم", "ولم", "فلم", "لن", "ولن", "لا", "ولا"]);

/**
 * "ولم يكشف الجيش عن عدد القتلى", "لم يعلن أي طرف مسؤوليته": a negated verb of saying reports nothing.
 * Verbs of opinion (the lexicon's `stance` rows) keep their claim: "لم يستبعد الوزير أن…" states a possibility.
 */
export function isNegatedReport(view: SentenceView, j: number, cue: CueForm): boolean {
  if (cue.tense !== "present" || !NEGATIONS.has(view.tokens[j - 1]?.key ?? "")) return false;
  return !cue.row.stance;
}
