import { openingAppositiveName, openingSubject, opensPredicate, type SpeakerPhrase } from "./speaker-phrase.ts";
import { breaksBefore, type SentenceView } from "./words.ts";

const MAX_PREDICATE_WORDS = 14;

/**
 * "The group, Riders United, formed last month and sent a letter to management stating that …": a
 * participle that closes a predicate with no subject of its own speaks for the sentence's subject, the
 * name in apposition when there is one (`en.participle.predicate`). Undefined unless the words before the
 * participle, back to "and" or a break, open with a verb and its object.
 */
export function predicateSubject(view: SentenceView, cueFirst: number): SpeakerPhrase | undefined {
  const words = view.tokens;
  let k = cueFirst - 1;
  while (k > 0 && cueFirst - k < MAX_PREDICATE_WORDS && !breaksBefore(view, k) && words[k - 1]!.key !== "and" && words[k - 1]!.quote < 0) k--;
  if (k <= 0 || !opensPredicate(view, k)) return undefined;
  return openingAppositiveName(view) ?? openingSubject(view, k);
}
