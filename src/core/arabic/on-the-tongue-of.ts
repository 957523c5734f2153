import { spanOf } from "../build-claim.ts";
import type { Attribution } from "./attribution.ts";
import { findContentStart } from "./content.ts";
import { inSet, NOMINAL_CUE, TITLE_KEYS, type CueForm } from "./lexicon-index.ts";
import { resolvePhrase } from "./resolve-phrase.ts";
import { mentionRange, quoteOf, type SentenceView } from "./sentence-view.ts";
import { readSpeakerAfter, type SpeakerPhrase } from "./speaker-phrase.ts";
import type { SpeakerRegistry } from "./speaker-registry.ts";

/**
 * "وعبرت الجامعة على لسان رئيسها فلان عن…", "وأكدت الوزارة على لسان المتحدث باسمها أن…": the body
 * speaks through the person named after «على لسان», who is the speaker. Returns that person's phrase
 * when the words at k open such a phrase; a title with the body's pronoun ("رئيسها") before a name is
 * left out, the name says who it is.
 */
export function onTheTongueOf(view: SentenceView, k: number, cue: CueForm | undefined): SpeakerPhrase | undefined {
  if (!["علي", "وعلي"].includes(view.tokens[k]?.key ?? "") || view.tokens[k + 1]?.key !== "لسان" || quoteOf(view, k)) return undefined;
  const phrase = readSpeakerAfter(view, k + 2, new Set(cue?.row.preps ?? []));
  if (!phrase) return undefined;
  const stem = phrase.words[0]!.key.replace(/(ه|ها|هم)$/, "");
  const suffixed = stem !== phrase.words[0]!.key && [stem, `ال${stem}`].some((k) => inSet(TITLE_KEYS, k));
  const suffixedTitle = phrase.words.length > 1 && !phrase.apposition && suffixed;
  return suffixedTitle ? { first: phrase.first + 1, last: phrase.last, words: phrase.words.slice(1) } : phrase;
}

const CAME = new Set(["جاء", "وجاء", "ورد", "وورد"]);

/** "وجاء على لسان المتحدث باسم الوزارة أن…": words that came from someone's mouth are theirs. */
export function cameOnTheTongueAttributions(view: SentenceView, registry: SpeakerRegistry): Attribution[] {
  const found: Attribution[] = [];
  for (let j = 0; j + 2 < view.tokens.length; j++) {
    if (!CAME.has(view.tokens[j]!.key)) continue;
    const phrase = onTheTongueOf(view, j + 1, undefined);
    const content = phrase && findContentStart(view, phrase.last + 1, NOMINAL_CUE);
    if (!phrase || !content || content.via === "object" || content.via === "preposition") continue;
    const speaker = resolvePhrase(view, phrase, undefined, registry);
    if (!speaker) continue;
    const mention = mentionRange(view, phrase.first, phrase.last);
    found.push({
      cue: spanOf(view.text, view.tokens[j]!.start, mention.start),
      speaker,
      mention,
      contentStart: content.offset,
      rule: `ar.on-the-tongue.${content.via}`,
    });
  }
  return found;
}
