import { DEMONSTRATIVE_KEYS, inSet, ORGANISATION_KEYS, TITLE_KEYS } from "./lexicon-index.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";

/**
 * Nouns of news and events that stand after a passive or intransitive verb and never speak: "أُعلن نبأ
 * وفاته", "أُعلن موعد الانتخابات", "صدر قرار…". Indefinite heads only: "الخبر" may name a report.
 */
const EVENT_HEADS = new Set(["نبا", "خبر", "وفاه", "موعد", "قرار", "نتايج", "تاريخ", "حصيله"]);

/**
 * Whether a phrase after a reporting verb names something that cannot speak: an event noun ("نبأ
 * وفاته"), or a thing pointed at by a demonstrative after it ("وتؤكد موجة العنف هذه الأوضاع…", "this
 * wave of violence confirms…"), where the verb means "shows", not "says". A title or body before the
 * demonstrative still speaks ("الوزير هذا" is rare but a person).
 */
export function cannotSpeak(phrase: SpeakerPhrase): boolean {
  const head = phrase.words[0]!.key;
  if (EVENT_HEADS.has(head)) return true;
  const speakerHead = inSet(TITLE_KEYS, head) || inSet(ORGANISATION_KEYS, head);
  return !speakerHead && phrase.words.slice(1).some((w) => DEMONSTRATIVE_KEYS.has(w.key));
}
