import type { ClaimContent } from "../build-claim.ts";
import type { Finding } from "./attribute-sentence.ts";
import { findCues } from "./find-cues.ts";
import { kindOf } from "./reported-speech.ts";
import { subjectBefore } from "./speaker-phrase.ts";
import { gapBefore, gapHolds, type SentenceView } from "./words.ts";
import { spanOf } from "../build-claim.ts";

const MAX_FRAME_TAIL = 8;
const BULLET = /^\s*[-–—•*·▪]\s+/;

/**
 * `The minister said:` / `In a statement, the firm told investors:` — a sentence that ends in a colon
 * right after its cue's frame (a listener or an adjunct may stand between): the words come next, as
 * the next sentence, the next paragraph or a list of bullet points. The finding has no content yet.
 */
export function colonFrame(view: SentenceView): Finding | undefined {
  const words = view.tokens;
  if (words.length < 2 || !/:\s*$/.test(gapBefore(view, words.length))) return undefined;
  const cues = findCues(view);
  const cue = cues[cues.length - 1];
  if (!cue || words.length - 1 - cue.last > MAX_FRAME_TAIL) return undefined;
  for (let k = cue.last + 1; k < words.length; k++) if (words[k]!.quote >= 0 || gapHolds(view, k, ":;")) return undefined;
  const speaker = subjectBefore(view, cue.first, 0);
  if (!speaker) return undefined;
  const at = view.tokens[cue.last]!.end;
  return {
    speaker,
    cue: spanOf(view.text, words[cue.first]!.start, at),
    kind: "direct",
    start: view.end,
    end: view.end,
    rule: "en.colon-frame.next",
    statement: false,
  };
}

/** The content a colon frame introduces: a quotation standing as the sentence, or else the sentence itself (a bullet's marker left out). */
export function framedContent(view: SentenceView): ClaimContent | undefined {
  const words = view.tokens;
  const first = words[0];
  if (!first) return undefined;
  const quote = first.quote >= 0 ? view.quotes[first.quote]! : undefined;
  const rest = quote ? view.text.slice(Math.min(quote.close + 1, view.end), view.end).trim() : "";
  if (quote && rest.length <= 2 && gapBefore(view, 0).trim().length <= 1) return { start: quote.contentStart, end: quote.contentEnd, kind: "direct" };
  const bullet = BULLET.exec(view.text.slice(view.start, first.start + 1));
  const start = bullet ? view.start + bullet[0].length : view.start;
  return { start, end: view.end, kind: kindOf(view, start, view.end) };
}

/** A paragraph that is a list item: a dash or a bullet and a space before its text. */
export function isBulletItem(text: string, start: number, end: number): boolean {
  return BULLET.test(text.slice(start, Math.min(end, start + 6)));
}
