import type { SpeakerPhrase } from "./speaker-phrase.ts";
import type { SentenceView } from "./words.ts";

// "We", "We’ll", "I've": the first person outside quotation marks is the writer (or the newsroom).
const WRITER = /^(we|i)(['’](ll|ve|d|m|re))?$/i;

/**
 * "We’ll start by noting that …", "I found that …": narration in the writer's own voice is the article's,
 * not an attributed claim, and "We’ll start by" is no speaker. The speaker phrase opens with a first-person
 * pronoun outside quotation marks.
 */
export function isWriterVoice(view: SentenceView, speaker: SpeakerPhrase): boolean {
  const first = view.tokens[speaker.first];
  return first !== undefined && first.quote < 0 && WRITER.test(first.raw);
}
