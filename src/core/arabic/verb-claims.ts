import { AR_JOURNALIST_ASIDES } from "../lexicon/ar-speakers.ts";
import { matchKey } from "../text/normalize.ts";
import type { Attribution } from "./attribution.ts";
import { findContentStart } from "./content.ts";
import type { Token } from "../text/tokens.ts";
import { cueFormOf, inSet, isDefinite, ORGANISATION_KEYS, TITLE_KEYS, type CueForm } from "./lexicon-index.ts";
import { gapBefore, hasClauseStop, hasComma, quoteOf, type SentenceView, mentionRange } from "./sentence-view.ts";
import type { Entity, SpeakerRegistry } from "./speaker-registry.ts";
import { readSpeakerAfter, SAME, splitSpeaker, type SpeakerParts, type SpeakerPhrase } from "./speaker-phrase.ts";

const ASIDES = AR_JOURNALIST_ASIDES.map((phrase) => matchKey(phrase).split(/\s+/));
/** Words after which the subject comes before its verb: "وكانت الوزارة أعلنت", "أما النائبة … فقالت". */
const SUBJECT_FIRST = new Set(["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا", "اما", "واما", "ان", "لكن", "ولكن"]);
const MAX_SUBJECT_BEFORE_VERB = 12;

/**
 * Attributions led by a reporting verb or its ḥāl participle, in sentence order: "وقال X إن…",
 * "وكانت الوزارة أعلنت…", "وأضاف: «…»", "…، مشددًا على أن…". A participle speaks for the sentence's
 * previous speaker.
 */
export function verbAttributions(view: SentenceView, registry: SpeakerRegistry): Attribution[] {
  const found: Attribution[] = [];
  for (let j = 0; j < view.tokens.length; j++) {
    const cue = cueFormOf(view.tokens[j]!.key);
    if (!cue || quoteOf(view, j) || isJournalistAside(view, j) || afterAccordingTo(view, j) || isVerbalNoun(view, j)) continue;
    if (found.length > 0 && isEmbedded(view, j)) continue;
    const attribution = cue.tense === "participle" ? participleAttribution(view, j, cue, registry, found.at(-1)?.speaker) : verbAttribution(view, j, cue, registry);
    if (attribution) found.push(attribution);
  }
  return found;
}

function verbAttribution(view: SentenceView, j: number, cue: CueForm, registry: SpeakerRegistry): Attribution | undefined {
  const stopKeys = new Set(cue.row.preps ?? []);
  const before = subjectBeforeVerb(view, j) ?? antecedentOfRelative(view, j);
  const phrase = before ?? trimToKnownName(asSubject(readSpeakerAfter(view, j + 1, stopKeys), cue), registry);
  const content = findContentStart(view, before || !phrase ? j + 1 : phrase.last + 1, cue);
  if (!content) return undefined;
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

/** "ودعت المدرسين إلى…": a definite sound plural in -ين is an object (a subject would be -ون), so the verb has none. */
function asSubject(phrase: SpeakerPhrase | undefined, cue: CueForm): SpeakerPhrase | undefined {
  if (!phrase || phrase.apposition) return phrase;
  const head = phrase.words[0]!.key;
  if (/^ال.{3,}ين$/.test(head) && !inSet(ORGANISATION_KEYS, head) && !inSet(TITLE_KEYS, head)) return undefined; // not "الكرملين"
  if ((cue.row.preps ?? []).length > 0 && phrase.words.length > 1 && ADDRESSEES.has(phrase.words.at(-1)!.key)) {
    return { first: phrase.first, last: phrase.last - 1, words: phrase.words.slice(0, -1) }; // "ودعت منظمة العفو الدولية السلطات إلى…"
  }
  // "واتهمت الجيش السوداني بـ…": a feminine verb does not take a masculine singular head as its subject.
  if (cue.gender === "f" && cue.tense === "past" && isMasculineHead(head)) return undefined;
  return phrase;
}

/** A definite title or body that is masculine singular: الجيش، الرئيس، المجلس (not الوزارة، القوات، المصادر). */
function isMasculineHead(key: string): boolean {
  return MASCULINE_HEADS.has(key);
}

/** Whom calls and demands are usually addressed to: after a speaker they start the content. */
const ADDRESSEES = new Set(["السلطات", "الحكومة", "الحكومات", "المجتمع", "الاطراف", "الطرفين", "المواطنين", "السكان", "الدول", "الجميع", "الادارة", "البرلمان", "الشركات", "الاسرة"].map(matchKey));

const MASCULINE_HEADS = new Set(
  ["الرئيس", "الوزير", "المتحدث", "الناطق", "المدير", "الأمين", "السفير", "النائب", "الجيش", "الحزب", "المجلس", "المكتب",
    "المركز", "البنك", "الاتحاد", "البرلمان", "الكرملين", "الصندوق", "المعهد", "التحالف", "المسؤول", "المصدر", "الملك", "الأمير"].map(matchKey),
);

/** "ولم يستبعد الطرابلسي اللجوء إلى…": a speaker already named ends where the known name ends. */
function trimToKnownName(phrase: SpeakerPhrase | undefined, registry: SpeakerRegistry): SpeakerPhrase | undefined {
  if (!phrase || phrase.apposition) return phrase;
  const known = registry.knownNameLength(phrase.words.map((w) => w.key));
  return known > 0 && known < phrase.words.length ? { first: phrase.first, last: phrase.first + known - 1, words: phrase.words.slice(0, known) } : phrase;
}

/** Resolves a speaker phrase: "البيان" speaks for its issuer; names and titles go through the registry. */
export function resolvePhrase(view: SentenceView, phrase: SpeakerPhrase, cue: CueForm | undefined, registry: SpeakerRegistry): Entity | undefined {
  if (phrase.words.some((w) => SAME.has(w.key))) return registry.implicit(cue?.gender); // "المتحدث ذاته"
  const parts = phrase.apposition ? describedByApposition(phrase) : splitSpeaker(phrase.words);
  const issuer = parts.kind === "statement" && parts.name.length === 0 && parts.title.length <= 2 ? registry.statementIssuer() : undefined;
  return issuer ?? registry.mention(parts, phraseText(view, phrase), cue?.gender);
}

/** "مدرب المنتخب الأردني، رائد العمري،": the words before the commas describe, the apposition names. */
function describedByApposition(phrase: SpeakerPhrase): SpeakerParts {
  const apposition = phrase.apposition!;
  const description = phrase.words.slice(0, phrase.words.length - apposition.length);
  const inner = splitSpeaker(description);
  const appositive = splitSpeaker(apposition);
  const titleOnly = appositive.title.length > 0 && appositive.name.length === 0;
  // "جون كيربي، المتحدث باسم…،", "عبد الرحمن شلبي، نقيب الفلاحين،": a bare title after the commas; the name stands before.
  if (titleOnly && inner.name.length > 0) return { title: [...inner.title, ...apposition], name: inner.name, kind: "person" };
  // "الباحث في شؤون الطاقة، الدكتور مازن عبد الواحد،": the apposition holds a title and the name.
  if (appositive.title.length > 0 && appositive.name.length > 0) return { title: [...description, ...appositive.title], name: appositive.name, kind: "person" };
  // "الرئيس الكازاخستاني، قاسم جومارت توكاييف،": the apposition is the name.
  return { title: description, name: [...apposition], kind: "person" };
}

/** The phrase as written (quoted names included), or its words when a fused لـ was taken off. */
function phraseText(view: SentenceView, phrase: SpeakerPhrase): string {
  const first = phrase.words[0]!;
  if (first.raw !== view.text.slice(first.start, first.end)) return phrase.words.map((w) => w.raw).join(" ");
  const range = mentionRange(view, phrase.first, phrase.last);
  return view.text.slice(range.start, range.end);
}

/** "وكانت وزارة الداخلية أعلنت…", "وكان المتحدث، مصطفى الحلفي، قد قال…": the subject between كان and the verb. */
function subjectBeforeVerb(view: SentenceView, j: number): SpeakerPhrase | undefined {
  let last = j - 1;
  if (last >= 0 && view.tokens[last]!.key === "قد") last--;
  for (let k = last; k >= 0 && last - k < MAX_SUBJECT_BEFORE_VERB; k--) {
    if (hasClauseStop(gapBefore(view, k + 1))) return undefined;
    if (!SUBJECT_FIRST.has(view.tokens[k]!.key)) continue;
    if (k === last) return undefined;
    if (!KAANA_OR_AMMA.has(view.tokens[k]!.key) && !namesASpeaker(view.tokens[k + 1]!.key)) return undefined; // "غير أن مصدرا عسكريا قال"
    const phrase = readSpeakerAfter(view, k + 1, new Set());
    if (phrase?.last === last) return phrase;
    return hasComma(view.text.slice(view.tokens[k]!.end, view.tokens[last]!.end)) ? undefined : { first: k + 1, last, words: view.tokens.slice(k + 1, last + 1) };
  }
  return undefined;
}

/** "قال إن الحكومة طالبت بغداد…": a bare verb inside reported content is part of it, not a new attribution. */
function isEmbedded(view: SentenceView, j: number): boolean {
  const word = view.tokens[j]!;
  const previous = view.tokens[j - 1]?.key ?? "";
  return cueFormOf(word.key)?.tense !== "participle" && !/^[وف]/.test(word.key) && !hasComma(gapBefore(view, j)) && !["فيما", "بينما", "كما", "ثم"].includes(previous) && !RELATIVES.has(previous);
}

/** "مشترطًا عدم ذكر اسمه", "دون ذكر التفاصيل": after these the form is a noun, not a reporting verb. */
function isVerbalNoun(view: SentenceView, j: number): boolean {
  return ["عدم", "لعدم", "دون", "بدون", "عند", "بعد", "قبل"].includes(view.tokens[j - 1]?.key ?? "");
}

/** "حسبما أفاد", "بحسب ما ذكرت": the verb belongs to an according-to phrase. */
function afterAccordingTo(view: SentenceView, j: number): boolean {
  const previous = view.tokens[j - 1]?.key ?? "";
  return ["حسبما", "وحسبما", "كما"].includes(previous) && previous !== "كما" || (previous === "ما" && /حسب|وفق/.test(view.tokens[j - 2]?.key ?? ""));
}

const KAANA_OR_AMMA = new Set(["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا", "اما", "واما"]);

/** After أن/لكن only a title, body or source can be a subject before the verb. */
function namesASpeaker(key: string): boolean {
  const bare = key.replace(/ا$/, ""); // accusative after أن: "مصدرا"
  return [key, bare].some((k) => inSet(TITLE_KEYS, k) || inSet(ORGANISATION_KEYS, k));
}

const RELATIVES = new Set(["الذي", "التي", "الذين", "والذي", "والتي", "والذين"]);
const MAX_ANTECEDENT_WORDS = 6;

/** "…مع وزارة التموين والتجارة الداخلية، والتي نفت…": the verb of a relative clause speaks for the noun before it. */
function antecedentOfRelative(view: SentenceView, j: number): SpeakerPhrase | undefined {
  if (!RELATIVES.has(view.tokens[j - 1]?.key ?? "")) return undefined;
  let first = j - 1;
  while (first - 1 >= 0 && j - 1 - first < MAX_ANTECEDENT_WORDS) {
    const word = view.tokens[first - 1]!;
    if (!isDefinite(word) && !inSet(ORGANISATION_KEYS, word.key) && !inSet(TITLE_KEYS, word.key)) break;
    if (hasClauseStop(gapBefore(view, first))) break;
    first--;
  }
  if (first === j - 1) return undefined;
  const words = view.tokens.slice(first, j - 1);
  return inSet(ORGANISATION_KEYS, words[0]!.key) || inSet(TITLE_KEYS, words[0]!.key) ? { first, last: j - 2, words } : undefined;
}

/** "يذكر أن…", "تجدر الإشارة إلى أن…": the journalist's own voice, not an attribution. */
function isJournalistAside(view: SentenceView, j: number): boolean {
  return ASIDES.some((phrase) => phrase.every((word, i) => view.tokens[j + i]?.key === word));
}
