import { EN_FINITE_MARKERS } from "../lexicon/en-speaker-words.ts";
import { isVerbLike, type SpeakerPhrase } from "./speaker-phrase.ts";
import { breaksBefore, type SentenceView } from "./words.ts";

const FINITE = new Set(EN_FINITE_MARKERS);
const MAX_SECOND_CONJUNCT = 8;

/**
 * The index of the last word of "SUBJECT and leaders of the GOP-dominated Legislature" when the subject
 * is coordinated with a second noun phrase that runs, unbroken, to the sentence's finite verb ("have",
 * "said", "agreed"); undefined when no "and" follows the subject or no verb closes the second conjunct.
 */
export function coordinatedSubjectEnd(view: SentenceView, subject: SpeakerPhrase): number | undefined {
  const words = view.tokens;
  const and = subject.last + 1;
  if (words[and]?.key !== "and" || words[and]!.quote >= 0 || breaksBefore(view, and)) return undefined;
  for (let k = and + 2; k < words.length && k - and <= MAX_SECOND_CONJUNCT; k++) {
    const w = words[k]!;
    if (w.quote >= 0 || breaksBefore(view, k)) return undefined;
    if (!w.cap && (FINITE.has(w.key) || isVerbLike(w.key))) return k - 1;
  }
  return undefined;
}
