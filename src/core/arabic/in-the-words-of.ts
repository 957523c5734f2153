import { spanOf } from "../build-claim.ts";
import type { Attribution } from "./attribution.ts";
import { cueFormOf } from "./lexicon-index.ts";
import { resolvePhrase } from "./resolve-phrase.ts";
import { gapBefore, hasComma, mentionRange, quoteOf, type SentenceView } from "./sentence-view.ts";
import { readSpeakerAfter } from "./speaker-phrase.ts";
import type { SpeakerRegistry } from "./speaker-registry.ts";

/** The nouns of "على حد قول/تعبير/وصف": bare before a named speaker, or with the pronoun of one already quoted. */
const IN_THE_WORDS_OF = /^(قول|تعبير|وصف)(ه|ها|هم|هما)?$/;
const PRONOUN_GENDER: Record<string, "m" | "f" | "p"> = { ه: "m", ها: "f", هم: "p", هما: "p" };

/**
 * "…، على حد تعبير الوزير.", "…، على حد قولها.": a clause closed by "in the words of X" is X's claim
 * (the whole sentence before the phrase). A pronoun points back to the last speaker of its gender. Only
 * after a comma and outside quotations; a quotation right before it is the quote rule's.
 */
export function inTheWordsOfAttributions(view: SentenceView, registry: SpeakerRegistry): Attribution[] {
  const found: Attribution[] = [];
  for (let j = 1; j + 2 < view.tokens.length; j++) {
    if (view.tokens[j]!.key !== "علي" || view.tokens[j + 1]!.key !== "حد" || !hasComma(gapBefore(view, j)) || quoteOf(view, j)) continue;
    if (/[»”"]/.test(gapBefore(view, j))) continue;
    const words = IN_THE_WORDS_OF.exec(view.tokens[j + 2]!.key);
    if (!words) continue;
    const pronoun = words[2] ? PRONOUN_GENDER[words[2]] : undefined;
    if (pronoun && hasCueBefore(view, j)) continue; // a verb the sentence could not read names someone else: no guess
    const phrase = words[2] ? undefined : readSpeakerAfter(view, j + 3, new Set());
    const speaker = phrase ? resolvePhrase(view, phrase, undefined, registry) : pronoun ? registry.implicit(pronoun) : undefined;
    if (!speaker) continue;
    const marker = view.tokens[j]!;
    found.push({
      cue: spanOf(view.text, marker.start, phrase ? view.tokens[phrase.last]!.end : view.tokens[j + 2]!.end),
      speaker,
      mention: phrase ? mentionRange(view, phrase.first, phrase.last) : undefined,
      contentStart: view.start,
      contentEnd: continuesAfter(view, phrase ? phrase.last + 1 : j + 3) ? view.end : marker.start, // "…يتعلق، على حد قولها، بإعادة…"
      rule: "ar.in-the-words-of.trailing",
    });
  }
  return found;
}

function hasCueBefore(view: SentenceView, j: number): boolean {
  return view.tokens.slice(0, j).some((t) => cueFormOf(t.key) !== undefined);
}

/** Whether the sentence goes on after the phrase, past a comma: the phrase then sits inside the claim. */
function continuesAfter(view: SentenceView, k: number): boolean {
  return k < view.tokens.length && hasComma(gapBefore(view, k));
}
