import type { Cue } from "./find-cues.ts";
import { subjectBefore, type SpeakerPhrase } from "./speaker-phrase.ts";
import type { Trailing } from "./trailing-attribution.ts";
import { breaksBefore, gapHolds, type SentenceView } from "./words.ts";

const MAX_FRAME_TAIL = 6;
const MIN_CONTENT_WORDS = 3;

/**
 * "As Ruiz said in May, the plan is dead", "The plan is dead, as Ruiz noted", "The plan, as Ruiz has
 * pointed out, is dead": a frame opened by "as" (at the sentence start or after a comma) around a cue with
 * no clause of its own attributes the clause it stands in (`en.verb.as-frame.leading|trailing|medial`).
 */
export function asFrame(view: SentenceView, cue: Cue): Trailing | undefined {
  const words = view.tokens;
  if (cue.participle || cue.objectLinks.length > 0) return undefined;
  const speaker = subjectBefore(view, cue.first, 0);
  const as = speaker ? speaker.first - 1 : -1;
  if (!speaker || as < 0 || words[as]!.key !== "as" || words[as]!.quote >= 0 || (as > 0 && !gapHolds(view, as, ","))) return undefined;
  const close = frameClose(view, cue.last + 1);
  if (close === undefined) return undefined;
  const phrase: SpeakerPhrase = { first: speaker.first, last: speaker.last, descriptor: speaker.descriptor };
  if (as === 0) {
    // `As the minister said, "…"`: a quotation after the frame is attributed as a quotation.
    if (words.length - close < MIN_CONTENT_WORDS || words[close]!.quote >= 0) return undefined;
    return { speaker: phrase, start: words[close]!.start, end: view.end, rule: "en.verb.as-frame.leading" };
  }
  if (close >= words.length)
    return as < MIN_CONTENT_WORDS ? undefined : { speaker: phrase, start: view.start, end: words[as - 1]!.end, rule: "en.verb.as-frame.trailing" };
  if (words.length - (close - as) < MIN_CONTENT_WORDS) return undefined;
  return { speaker: phrase, start: view.start, end: view.end, rule: "en.verb.as-frame.medial" };
}

/** Where the frame after the cue ends: the word after its closing comma, or the sentence's end; undefined when a clause or quote follows. */
function frameClose(view: SentenceView, from: number): number | undefined {
  const words = view.tokens;
  for (let k = from; k <= words.length && k - from <= MAX_FRAME_TAIL; k++) {
    if (k === words.length) return k;
    const w = words[k]!;
    if (gapHolds(view, k, ",")) return k;
    if (w.quote >= 0 || w.key === "that" || (k > from && breaksBefore(view, k))) return undefined;
  }
  return undefined;
}
