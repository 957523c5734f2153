import { AR_JOURNALIST_ASIDES } from "../lexicon/ar-speakers.ts";
import { matchKey } from "../text/normalize.ts";
import type { Attribution } from "./attribution.ts";
import { findContentStart } from "./content.ts";
import { cueFormOf, type CueForm } from "./lexicon-index.ts";
import { gapBefore, hasClauseStop, hasComma, quoteOf, type SentenceView, mentionRange } from "./sentence-view.ts";
import type { Entity, SpeakerRegistry } from "./speaker-registry.ts";
import { readSpeakerAfter, splitSpeaker, type SpeakerParts, type SpeakerPhrase } from "./speaker-phrase.ts";

const ASIDES = AR_JOURNALIST_ASIDES.map((phrase) => matchKey(phrase).split(/\s+/));
const KAANA = new Set(["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"]);
const MAX_SUBJECT_BEFORE_VERB = 8;

/**
 * Attributions led by a reporting verb or its ḥāl participle, in sentence order: "وقال X إن…",
 * "وكانت الوزارة أعلنت…", "وأضاف: «…»", "…، مشددًا على أن…". A participle speaks for the sentence's
 * previous speaker.
 */
export function verbAttributions(view: SentenceView, registry: SpeakerRegistry): Attribution[] {
  const found: Attribution[] = [];
  for (let j = 0; j < view.tokens.length; j++) {
    const cue = cueFormOf(view.tokens[j]!.key);
    if (!cue || quoteOf(view, j) || isJournalistAside(view, j)) continue;
    const attribution = cue.tense === "participle" ? participleAttribution(view, j, cue, registry, found.at(-1)?.speaker) : verbAttribution(view, j, cue, registry);
    if (attribution) found.push(attribution);
  }
  return found;
}

function verbAttribution(view: SentenceView, j: number, cue: CueForm, registry: SpeakerRegistry): Attribution | undefined {
  const stopKeys = new Set(cue.row.preps ?? []);
  const before = subjectBeforeVerb(view, j);
  const phrase = before ?? readSpeakerAfter(view, j + 1, stopKeys);
  const content = findContentStart(view, before || !phrase ? j + 1 : phrase.last + 1, cue);
  if (!content) return undefined;
  if (!phrase && cue.tense === "present" && content.via !== "colon" && content.via !== "quote") return undefined;
  const speaker = phrase ? resolvePhrase(view, phrase, cue, registry) : registry.implicit(cue.gender);
  if (!speaker) return undefined;
  const token = view.tokens[j]!;
  return {
    cueStart: token.start,
    cueEnd: token.end,
    speaker,
    mention: phrase ? mentionRange(view, phrase.first, phrase.last) : undefined,
    contentStart: content.offset,
    rule: `ar.verb.${before ? "svo" : phrase ? "vso" : "implicit"}.${content.via}`,
  };
}

function participleAttribution(view: SentenceView, j: number, cue: CueForm, registry: SpeakerRegistry, previous: Entity | undefined): Attribution | undefined {
  const content = findContentStart(view, j + 1, cue);
  if (!content || content.via === "object") return undefined;
  const speaker = previous ?? registry.implicit(cue.gender);
  if (!speaker) return undefined;
  const token = view.tokens[j]!;
  return { cueStart: token.start, cueEnd: token.end, speaker, contentStart: content.offset, rule: `ar.participle.${content.via}` };
}

/** Resolves a speaker phrase: "البيان" speaks for its issuer; names and titles go through the registry. */
export function resolvePhrase(view: SentenceView, phrase: SpeakerPhrase, cue: CueForm | undefined, registry: SpeakerRegistry): Entity | undefined {
  const parts = phrase.apposition ? describedByApposition(phrase) : splitSpeaker(phrase.words);
  const issuer = parts.kind === "statement" && parts.name.length === 0 && parts.title.length <= 2 ? registry.statementIssuer() : undefined;
  return issuer ?? registry.mention(parts, phraseText(view, phrase), cue?.gender);
}

/** "مدرب المنتخب الأردني، رائد العمري،": the words before the commas describe, the apposition names. */
function describedByApposition(phrase: SpeakerPhrase): SpeakerParts {
  const description = phrase.words.slice(0, phrase.words.length - phrase.apposition!.length);
  const inner = splitSpeaker(description);
  return { title: description, name: inner.kind === "person" && inner.title.length > 0 ? [...inner.name, ...phrase.apposition!] : [...phrase.apposition!], kind: "person" };
}

/** The phrase as written (quoted names included), or its words when a fused لـ was taken off. */
function phraseText(view: SentenceView, phrase: SpeakerPhrase): string {
  const first = phrase.words[0]!;
  if (first.raw !== view.text.slice(first.start, first.end)) return phrase.words.map((w) => w.raw).join(" ");
  const range = mentionRange(view, phrase.first, phrase.last);
  return view.text.slice(range.start, range.end);
}

/** "وكانت وزارة الداخلية أعلنت…", "وكان الوزير قد قال…": the subject between كان and the verb. */
function subjectBeforeVerb(view: SentenceView, j: number): SpeakerPhrase | undefined {
  let last = j - 1;
  if (last >= 0 && view.tokens[last]!.key === "قد") last--;
  for (let k = last; k >= 0 && last - k < MAX_SUBJECT_BEFORE_VERB; k--) {
    if (hasComma(gapBefore(view, k + 1)) || hasClauseStop(gapBefore(view, k + 1))) return undefined;
    if (KAANA.has(view.tokens[k]!.key)) {
      if (k === last) return undefined;
      return { first: k + 1, last, words: view.tokens.slice(k + 1, last + 1) };
    }
  }
  return undefined;
}

/** "يذكر أن…", "تجدر الإشارة إلى أن…": the journalist's own voice, not an attribution. */
function isJournalistAside(view: SentenceView, j: number): boolean {
  return ASIDES.some((phrase) => phrase.every((word, i) => view.tokens[j + i]?.key === word));
}
