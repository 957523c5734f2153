import type { Finding } from "./attribute-sentence.ts";
import { sentenceSubject, type SpeakerPhrase } from "./speaker-phrase.ts";
import { breaksBefore, gapBefore, gapHolds, type SentenceView } from "./words.ts";
import { spanOf } from "../build-claim.ts";
import { trimmedLength } from "../text/sentence-view.ts";

const MAX_FRAME_WORDS = 12;
const PERSONAL_SUBJECTS = new Set(["he", "she", "they"]);

/**
 * `Ruiz was unmoved: "We will not pay."`, `For Ruiz, the answer is simple: "Build more homes."`: a
 * sentence with no cue whose short frame names a person and ends in a colon, then a quotation closing the
 * sentence. The quotation is that person's words (`en.colon-quote.subject`).
 */
export function colonQuote(view: SentenceView, used: Set<number>): Finding | undefined {
  const words = view.tokens;
  const at = words.findIndex((w, i) => w.quote >= 0 && i > 0 && i <= MAX_FRAME_WORDS && /:\s*["“”«‘]?\s*$/.test(gapBefore(view, i)));
  if (at < 0 || used.has(words[at]!.quote)) return undefined;
  const quote = view.quotes[words[at]!.quote]!;
  if (trimmedLength(view.text, Math.min(quote.close + 1, view.end), view.end) > 2) return undefined;
  for (let k = 0; k < at; k++) if (words[k]!.quote >= 0 || (k > 0 && gapHolds(view, k, ":;"))) return undefined;
  const speaker = frameSpeaker(view, at);
  if (!speaker) return undefined;
  used.add(words[at]!.quote);
  return {
    speaker,
    cue: spanOf(view.text, quote.open, quote.open),
    kind: "direct",
    start: quote.contentStart,
    end: quote.contentEnd,
    rule: "en.colon-quote.subject",
    statement: false,
  };
}

/** The person the frame before the colon is about: "For NAME, …", a name opening the sentence, or "he"/"she"/"they". */
function frameSpeaker(view: SentenceView, colon: number): SpeakerPhrase | undefined {
  const words = view.tokens;
  if (PERSONAL_SUBJECTS.has(words[0]!.key)) return { first: 0, last: 0 };
  if (words[0]!.key === "for" && words[1]?.cap) {
    let last = 1;
    while (last + 1 < colon && words[last + 1]!.cap && !breaksBefore(view, last + 1)) last++;
    return gapHolds(view, last + 1, ",") ? { first: 1, last } : undefined;
  }
  const subject = sentenceSubject(view) ?? openingName(view, colon);
  return subject && subject.first === 0 && subject.last < colon ? subject : undefined;
}

const MAX_NAME_WORDS = 4;

/** "Ruiz, however, was unmoved": a capitalised name opening the sentence, closed by a comma. */
function openingName(view: SentenceView, colon: number): SpeakerPhrase | undefined {
  const words = view.tokens;
  if (!words[0]!.cap) return undefined;
  let last = 0;
  while (last + 1 < colon && last < MAX_NAME_WORDS && words[last + 1]!.cap && !breaksBefore(view, last + 1)) last++;
  return gapHolds(view, last + 1, ",") ? { first: 0, last } : undefined;
}
