import type { Attribution } from "./attribution.ts";
import { isComplementiser } from "./lexicon-index.ts";
import { gapBefore, hasClauseStop, quoteOf, wordsSpan, type SentenceView } from "./sentence-view.ts";
import type { Entity } from "./speaker-registry.ts";

/** Verbal nouns of speech that go on with the same speaker: "مع التأكيد أن…", "في إشارة إلى أن…". */
const SPEECH_VERBAL_NOUNS = new Set(["التاكيد", "الاشاره", "اشاره", "التشديد", "التنبيه", "التوضيح", "التذكير"]);
const WITH = new Set(["مع", "ومع", "في", "وفي"]);
const LINKS = new Set(["علي", "الي"]);

/**
 * "أوضح الطبيب أن الوضع مستقر، مع التأكيد أن العلاج ممكن": a verbal noun of speech after مع/في, then
 * a complementiser, opens the same speaker's next claim (the cue is "مع التأكيد"). Only after an
 * attribution in the same sentence: on its own the phrase is the journalist's.
 */
export function verbalNounAttribution(view: SentenceView, j: number, previous: Entity | undefined): Attribution | undefined {
  const noun = view.tokens[j]!;
  const before = view.tokens[j - 1];
  if (!previous || !before || !SPEECH_VERBAL_NOUNS.has(noun.key) || !WITH.has(before.key) || quoteOf(view, j)) return undefined;
  let k = j + 1;
  if (LINKS.has(view.tokens[k]?.key ?? "")) k++;
  const that = view.tokens[k];
  if (!that || !isComplementiser(that.key) || hasClauseStop(gapBefore(view, k))) return undefined;
  return { cue: wordsSpan(view, j - 1, j), speaker: previous, contentStart: that.end, rule: "ar.verbal-noun.that" };
}
