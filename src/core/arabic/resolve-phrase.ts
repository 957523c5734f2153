import { DEMONSTRATIVE_KEYS, SAME_KEYS, STATEMENT_KEYS, withoutLam, type CueForm } from "./lexicon-index.ts";
import { mentionRange, type SentenceView } from "./sentence-view.ts";
import { ISSUED, type SpeakerPhrase } from "./speaker-phrase.ts";
import type { Entity, SpeakerRegistry } from "./speaker-registry.ts";
import { splitSpeaker, type SpeakerParts } from "./split-speaker.ts";

const LATTER_KEYS = new Set(["الاخير", "الاخيره", "الاخيران", "الاخيرين"]);
const ONE_OF = new Set(["احد", "احدي"]);

/** Resolves a speaker phrase: "البيان" speaks for its issuer; names and titles go through the registry. */
export function resolvePhrase(view: SentenceView, phrase: SpeakerPhrase, cue: CueForm | undefined, registry: SpeakerRegistry): Entity | undefined {
  if (phrase.words.some((w) => SAME_KEYS.has(w.key))) return registry.implicit(cue?.gender); // "المتحدث ذاته"
  if (phrase.words.length > 1 && DEMONSTRATIVE_KEYS.has(phrase.words[0]!.key)) {
    return resolvePhrase(view, { first: phrase.first + 1, last: phrase.last, words: phrase.words.slice(1) }, cue, registry); // "هذا المسؤول"
  }
  if (phrase.words.length === 1 && LATTER_KEYS.has(phrase.words[0]!.key)) return registry.latter(phrase.words[0]!.key); // "وأكدت الأخيرة"
  // "وأشار نفس المصدر": the verb agrees with المصدر, not with the source it points back to.
  if (phrase.words.length === 2 && ["نفس", "ذات"].includes(phrase.words[0]!.key)) return registry.implicit(undefined);
  const issuer = issuerIn(view, phrase);
  if (issuer) {
    const entity = resolvePhrase(view, issuer, undefined, registry);
    if (entity) registry.issuedStatement(entity);
    return entity;
  }
  const parts = phrase.apposition ? describedByApposition(phrase) : splitSpeaker(phrase.words);
  const statementIssuer = parts.kind === "statement" && parts.name.length === 0 && parts.title.length <= 2 ? registry.statementIssuer() : undefined;
  return statementIssuer ?? registry.mention(parts, phraseText(view, phrase), cue?.gender);
}

/**
 * "بيان صادر عن وزارة الخارجية", "التقرير الصادر عن البنك الدولي", "بيان للجيش": the words after
 * "صادر عن", or after the لـ fused to the word after a statement noun, name who speaks.
 */
function issuerIn(view: SentenceView, phrase: SpeakerPhrase): SpeakerPhrase | undefined {
  const [noun, owner] = phrase.words;
  if (owner && STATEMENT_KEYS.has(noun!.key) && /^ل(?!ل?ه)/.test(owner.key) && owner.key.length > 3) {
    const words = [withoutLam(owner), ...phrase.words.slice(2)];
    return { first: phrase.first + 1, last: phrase.last, words };
  }
  const at = phrase.words.findIndex((w, i) => w.key === "عن" && i > 0 && ISSUED.has(phrase.words[i - 1]!.key));
  if (at < 0 || at === phrase.words.length - 1) return undefined;
  const words = phrase.words.slice(at + 1);
  return { first: view.tokens.indexOf(words[0]!), last: phrase.last, words };
}

/** "مدرب المنتخب الأردني، رائد العمري،": the words before the commas describe, the apposition names. */
function describedByApposition(phrase: SpeakerPhrase): SpeakerParts {
  const apposition = phrase.apposition!;
  const description = phrase.words.slice(0, phrase.words.length - apposition.length);
  const inner = splitSpeaker(description);
  const appositive = splitSpeaker(apposition);
  // "فلان، أحد سكان الحي،", "فلانة، إحدى الناجيات،": "one of…" describes the name before it.
  const oneOf = ONE_OF.has(apposition[0]!.key);
  const titleOnly = (appositive.title.length > 0 && appositive.name.length === 0) || oneOf;
  // "جون كيربي، المتحدث باسم…،", "عبد الرحمن شلبي، نقيب الفلاحين،": a bare title after the commas; the name stands before.
  // "فلانة، مديرة مكتب هيومن رايتس ووتش في تونس،": a title opening the apposition describes the name before it, whatever follows.
  const describesName = appositive.title[0] === apposition[0] && inner.title.length === 0;
  if ((titleOnly || describesName) && inner.name.length > 0) return { title: [...inner.title, ...apposition], name: inner.name, kind: "person" };
  // "الباحث في شؤون الطاقة، الدكتور مازن عبد الواحد،": the apposition holds a title and the name.
  if (appositive.title.length > 0 && appositive.name.length > 0) return { title: [...description, ...appositive.title], name: appositive.name, kind: "person" };
  // "الرئيس الكازاخستاني، قاسم جومارت توكاييف،": the apposition is the name.
  return { title: description, name: [...apposition], kind: "person" };
}

/** The phrase as written (quoted names included), or its words when a fused لـ was taken off. */
function phraseText(view: SentenceView, phrase: SpeakerPhrase): string {
  const first = phrase.words[0]!;
  if (first.raw !== view.text.slice(first.start, first.end)) return phrase.words.map((w) => w.raw).join(" ");
  return mentionRange(view, phrase.first, phrase.last).text;
}
