import type { Cue } from "./find-cues.ts";
import { quoteBeforeCue } from "./quote-attribution.ts";
import { firstWordFrom, type SentenceView } from "./words.ts";

/**
 * `…, the officials said, the utility switched the covers, "so they cannot ignite," Mr. Lee said.`: a
 * quoted passage inside the sentence that a later cue attributes (`"…," X said`) is that speaker's turn,
 * so an earlier attribution's content ends before it (at the end of the word before its opening mark).
 * Undefined when the cue has no such quote or the quote opens the sentence.
 */
export function quotedTurnStart(view: SentenceView, cue: Cue): number | undefined {
  const attached = quoteBeforeCue(view, cue);
  if (!attached?.speaker) return undefined;
  const first = firstWordFrom(view.tokens, view.quotes[attached.quote]!.open);
  return first > 0 ? view.tokens[first - 1]!.end : undefined;
}
