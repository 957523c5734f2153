import type { Finding } from "./attribute-sentence.ts";
import { isVerbLike, looksLikeSpeaker } from "./speaker-phrase.ts";
import { breaksBefore, firstWordFrom, type SentenceView } from "./words.ts";
import { spanOf } from "../build-claim.ts";

// After the fragment: only closing punctuation, maybe then the writer's aside in brackets ("(Lee does not supply them.)").
const CLOSING = /^[\s.,!?…]*(\([^()]*\)[\s.]*)?$/;
const MAX_ASIDE_WORDS = 30;
const FIRST_PERSON = new Set(["i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "we", "we're", "we've", "we'd", "we'll", "us", "our", "ours"]);

/**
 * `The price, matched by rivals last week, is "as low as I've ever seen."`: narration ending in a
 * quoted fragment that speaks in the first person, with no cue, right after a speaker's turn: the
 * words are that speaker's, and the sentence is a mixed claim of theirs. The fragment must close the
 * sentence (a bracketed aside may follow), be the only quote in it and start in lower case (it goes on with the writer's clause; a
 * title or a slogan would be capitalised); the caller checks that a turn came just before.
 */
export function firstPersonFragment(view: SentenceView, used: Set<number>): Finding | undefined {
  const words = view.tokens;
  let k = words.length - 1;
  while (k > 0 && words[k]!.quote < 0 && words.length - k <= MAX_ASIDE_WORDS) k--;
  const last = words[k];
  if (!last || last.quote < 0 || used.has(last.quote) || words[0]!.quote >= 0) return undefined;
  const quote = view.quotes[last.quote]!;
  const opening = firstWordFrom(words, quote.contentStart);
  if (words[opening]!.cap || words.slice(0, opening).some((w) => w.quote >= 0)) return undefined;
  if (!CLOSING.test(view.text.slice(Math.min(quote.close + 1, view.end), view.end))) return undefined;
  if (!words.slice(opening).some((w) => FIRST_PERSON.has(w.key)) || !subjectIsNoSpeaker(view)) return undefined;
  used.add(last.quote);
  return {
    speaker: "previous",
    cue: spanOf(view.text, quote.open, quote.open),
    kind: "mixed",
    start: view.start,
    end: Math.min(quote.close + 1, view.end),
    rule: "en.first-person-fragment",
    statement: false,
  };
}

const THING_DETERMINERS = new Set(["the", "this", "that", "these", "those", "its", "his", "her", "their", "a", "an"]);
const SAME_SPEAKER_PRONOUNS = new Set(["he", "she", "it"]);
const MAX_SUBJECT_WORDS = 6;

/**
 * The sentence's subject cannot be the one whose words the fragment quotes: "he"/"she"/"it", or a
 * determiner and lower-case nouns that name no source ("The price, …, is"). "Fans called the result
 * "the worst day of our lives"", "They said …", "The club's owner was …" quote their subject, not the
 * previous speaker. The subject runs to its first comma or verb.
 */
function subjectIsNoSpeaker(view: SentenceView): boolean {
  const words = view.tokens;
  const first = words[0]!;
  if (SAME_SPEAKER_PRONOUNS.has(first.key)) return true;
  if (!THING_DETERMINERS.has(first.key)) return false;
  for (let i = 1; i < words.length && i <= MAX_SUBJECT_WORDS; i++) {
    const w = words[i]!;
    if (breaksBefore(view, i) || isVerbLike(w.key)) return i > 1;
    if (w.cap || w.quote >= 0 || looksLikeSpeaker(view, i, i)) return false;
  }
  return false;
}
