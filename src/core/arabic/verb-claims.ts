import { AR_JOURNALIST_ASIDES } from "../lexicon/ar-speakers.ts";
import { firstWordFrom } from "../text/tokens.ts";
import { matchKey } from "../text/normalize.ts";
import type { Attribution } from "./attribution.ts";
import { actVerbSubject } from "./act-verb-subject.ts";
import { findContentStart, isAbstractNoun } from "./content.ts";
import { cannotSpeak } from "./non-speakers.ts";
import { onTheTongueOf } from "./on-the-tongue-of.ts";
import { contrastiveSubject, isNegatedReport } from "./contrast.ts";
import {
  cueFormOf,
  hasDerivedVerbalNounShape,
  HUMAN_PLURAL_KEYS,
  inSet,
  isComplementiser,
  isDefinite,
  isVerbalNounKey,
  ORGANISATION_KEYS,
  SPEECH_EVENT_KEYS,
  STATEMENT_KEYS,
  TITLE_KEYS,
  UNNAMED_KEYS,
  type CueForm,
} from "./lexicon-index.ts";
import { resolvePhrase } from "./resolve-phrase.ts";
import { gapBefore, hasClauseStop, hasComma, hasDash, leadingSupplementBefore, mentionRange, quoteOf, wordsSpan, type SentenceView } from "./sentence-view.ts";
import { UNRESOLVED, type Entity, type SpeakerRegistry } from "./speaker-registry.ts";
import { authorOfSpeechEvent } from "./speech-event-author.ts";
import { splitSpeaker } from "./split-speaker.ts";
import { verbalNounAttribution } from "./verbal-noun-cue.ts";
import { readSpeakerAfter } from "./speaker-phrase.ts";
import { FRONTING_PREPOSITIONS, PRONOUN_OBJECTS, RELATIVES, subjectOfVerb } from "./verb-subject.ts";

const IN_IT = new Set(["فيه", "فيها"]);
const ASIDES = AR_JOURNALIST_ASIDES.map((phrase) => matchKey(phrase).split(/\s+/));

/**
 * Attributions led by a reporting verb or its ḥāl participle, in sentence order: "وقال X إن…",
 * "وكانت الوزارة أعلنت…", "وأضاف: «…»", "…، مشددًا على أن…". A participle speaks for the sentence's
 * previous speaker.
 */
export function verbAttributions(view: SentenceView, registry: SpeakerRegistry): Attribution[] {
  const found: Attribution[] = [];
  for (let j = 0; j < view.tokens.length; j++) {
    const cue = cueFormOf(view.tokens[j]!.key);
    const nounCue = cue ? undefined : verbalNounAttribution(view, j, found.at(-1)?.speaker);
    if (nounCue) found.push(nounCue);
    if (!cue || quoteOf(view, j) || isJournalistAside(view, j) || afterAccordingTo(view, j) || isVerbalNoun(view, j)) continue;
    if (isNegatedReport(view, j, cue) || isDescribedBelief(view, j, cue) || isWhatDoes(view, j, cue)) continue;
    if (found.length > 0 && isEmbedded(view, j) && !contrastiveSubject(view, j)) {
      rememberEmbeddedSubject(view, j, cue, registry);
      continue;
    }
    if (cue.tense === "participle" && isAdverbAfterVerb(view, j)) continue; // "وقال مجددا إن…": "again", not a second cue
    if (isCoordinatedInContent(view, j, cue, found.at(-1), registry)) continue;
    const attribution =
      cue.tense === "participle"
        ? participleAttribution(view, j, cue, registry, found.at(-1)?.speaker, opensCircumstance(view, j, cue))
        : verbAttribution(view, j, cue, registry);
    if (attribution) found.push(attribution);
  }
  return found;
}

/**
 * "وأشار المتحدث إلى أن مصر رفضت أي تدخل وطالبت الدول بـ…": a subject-less verb joined by و to reported
 * words, with no comma, that cannot agree with the one quoted (feminine after a man, singular after a
 * plural) goes on with the reported clause's own subject; it is no new claim.
 */
function isCoordinatedInContent(view: SentenceView, j: number, cue: CueForm, previous: Attribution | undefined, registry: SpeakerRegistry): boolean {
  if (!previous || cue.tense === "participle" || !/^و/.test(view.tokens[j]!.key)) return false;
  if (previous.contentStart >= view.tokens[j]!.start || hasComma(gapBefore(view, j)) || hasClauseStop(gapBefore(view, j))) return false;
  const gender = previous.speaker.gender;
  if (gender === undefined || gender === cue.gender) return false;
  // "…أن الشرطة منعتهم ونفت…": a subject found before the verb inside the reported words is theirs too.
  const { phrase, beforeVerb } = subjectOfVerb(view, j, cue, registry);
  return phrase === undefined || (beforeVerb && view.tokens[phrase.first]!.start >= previous.contentStart);
}

function verbAttribution(view: SentenceView, j: number, cue: CueForm, registry: SpeakerRegistry): Attribution | undefined {
  if (isPassive(view, j, cue)) return passiveAttribution(view, j, cue);
  const { phrase: subject, beforeVerb: before } = pronounSubject(view, j, cue)
    ? { phrase: undefined, beforeVerb: false }
    : subjectOfVerb(view, j, cue, registry);
  if (!before && !isVerbPosition(view, j, cue)) return undefined;
  const afterSubject = before || !subject ? j + 1 : subject.last + 1;
  const tongue = onTheTongueOf(view, afterSubject, cue); // "وعبرت الجامعة على لسان رئيسها فلان عن…": فلان speaks
  if (tongue && subject) resolvePhrase(view, subject, cue, registry);
  const phrase = tongue ?? subject;
  if (phrase && !before && cannotSpeak(phrase)) return undefined; // "أعلن نبأ وفاته", "وتؤكد موجة العنف هذه…"
  const back = refersBack(view, j, cue);
  const content = back ? undefined : findContentStart(view, tongue ? tongue.last + 1 : afterSubject, cue);
  const reported = content?.via === "that" || content?.via === "colon" || content?.via === "quote"; // "أظهر تشريح الجثة أنه…": a source after all
  if (phrase && !before && !tongue && !reported && isVerbalNounObject(phrase.words[0]!, cue)) {
    // "كما اقترح أيضا إلغاء مجانية التعليم…": a verbal noun read as the subject is the verb's object; the subject is dropped.
    const speaker = registry.implicit(cue.gender) ?? UNRESOLVED;
    return { cue: wordsSpan(view, j), speaker, contentStart: phrase.words[0]!.start, rule: "ar.verb.implicit.object" };
  }
  if (!content) {
    // "وكانت صحيفة «عاجل» نشرت الواقعة": a source to point back to; "وفق ما تعهد به الرئيس": only in the background.
    if (phrase) back ? registry.inBackground(() => resolvePhrase(view, phrase, cue, registry)) : resolvePhrase(view, phrase, cue, registry);
    return undefined;
  }
  if (content.via === "object" && !before && !isVerbPosition(view, j, cue, true)) return undefined; // "إشارات أوضح قبل…": an adjective
  if (!phrase && !before && isClauseOfContent(view, j, cue, content.via)) return undefined;
  // "أدلى الوزير بتصريحات قال فيها إن…": the one who made the statement; "أصدر الأزهر بيانا … أكد فيه أن…": its issuer.
  const madeIt = !phrase && inSpeechEventClause(view, j) ? actVerbSubject(view, j, cue, registry) : undefined;
  // "في كلمة ألقاها الرئيس…، قال فيها إن…": whoever made the speech event named before.
  const author = !phrase && !madeIt && IN_IT.has(view.tokens[j + 1]?.key ?? "") ? authorOfSpeechEvent(view, j, cue, registry) : undefined;
  const inStatement = !phrase && !author && IN_IT.has(view.tokens[j + 1]?.key ?? "") ? registry.lastStatementIssuer() : undefined;
  const speaker =
    (phrase ? resolvePhrase(view, phrase, tongue ? undefined : cue, registry) : (madeIt ?? author ?? inStatement ?? registry.implicit(cue.gender))) ??
    UNRESOLVED;
  return {
    cue: wordsSpan(view, j),
    speaker,
    mention: phrase ? mentionRange(view, phrase.first, phrase.last) : undefined,
    contentStart: content.offset,
    rule: `ar.verb.${before ? "svo" : phrase ? "vso" : "implicit"}.${content.via}`,
  };
}

/**
 * "وفق ما التزم به الخطاب وأكد عليه البيان، والتي…", "الأمر الذي أشار إليه الوزير": the verb's own
 * preposition carrying a pronoun points back to what was already said; there is no content after it.
 */
function refersBack(view: SentenceView, j: number, cue: CueForm): boolean {
  const next = view.tokens[j + 1]?.key ?? "";
  const pronoun = next.match(/^(علي|الي|عن|من|ب)(ه|ها|هم|هما)$/);
  return pronoun !== null && (cue.row.preps ?? []).includes(pronoun[1]!) && !hasComma(gapBefore(view, j + 1));
}

/**
 * "قيل إن…", "وأفيد بأن…", "وأُعلن أن…" (the passive written with its damma): nobody is named, so the
 * speaker stays empty rather than the last person quoted.
 */
function passiveAttribution(view: SentenceView, j: number, cue: CueForm): Attribution | undefined {
  const content = findContentStart(view, j + 1, cue);
  if (!content || content.via === "object") return undefined;
  return { cue: wordsSpan(view, j), speaker: UNRESOLVED, contentStart: content.offset, rule: `ar.verb.passive.${content.via}` };
}

/** An agentless verb: listed as such, or a past verb written with a damma on its first letter ("أُعلن", "ونُقل"). */
function isPassive(view: SentenceView, j: number, cue: CueForm): boolean {
  return Boolean(cue.row.passive) || (cue.tense === "past" && /^[وف]?[\u0621-\u064A]\u064F/.test(view.tokens[j]!.raw));
}

function participleAttribution(
  view: SentenceView,
  j: number,
  cue: CueForm,
  registry: SpeakerRegistry,
  previous: Entity | undefined,
  opensClause: boolean,
): Attribution | undefined {
  const content = findContentStart(view, j + 1, cue);
  if (!content || (content.via === "object" && !cue.row.deem && !opensWithVerbalNoun(view, content.offset))) return undefined;
  // Without a comma only "مشيرا إلى أن…", "مؤكدا:" report: "الحكومة مطالبة بالتدخل" is a predicate.
  if (!opensClause && content.via !== "that" && content.via !== "colon" && content.via !== "quote") return undefined;
  const agrees = previous && (previous.gender === undefined || previous.gender === cue.gender);
  const opening = !previous ? (actVerbSubject(view, j, cue, registry) ?? documentOpening(view, j, cue, registry)) : undefined;
  const speaker = (agrees ? previous : opening || registry.implicit(cue.gender)) ?? UNRESOLVED;
  return { cue: wordsSpan(view, j), speaker, contentStart: content.offset, rule: `ar.participle.${content.via}` };
}

const MAX_WORDS_TO_DOCUMENT_PARTICIPLE = 60;

/**
 * "الوثيقة أخرجت المفهوم …، مشيرة أن…", "التقرير رصد …، مؤكدا أن…": a document opening the sentence as
 * the subject of its verbs speaks, through the participle that agrees with it, for its issuer.
 */
function documentOpening(view: SentenceView, j: number, cue: CueForm, registry: SpeakerRegistry): Entity | undefined {
  const head = view.tokens[0]?.key ?? "";
  if (!STATEMENT_KEYS.has(head) || !/^ال/.test(head) || j > MAX_WORDS_TO_DOCUMENT_PARTICIPLE) return undefined;
  if ((/ه$/.test(head) ? "f" : "m") !== cue.gender) return undefined;
  for (let k = 1; k <= j; k++) if (hasClauseStop(gapBefore(view, k))) return undefined;
  return registry.statementIssuer();
}

/** "…، إلا أنه طالب…", "غير أنها أكدت…", "لكنه حذر…": a contrast that opens the same speaker's next words. */
function isButHe(view: SentenceView, j: number): boolean {
  const previous = view.tokens[j - 1]?.key ?? "";
  if (["لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها"].includes(previous)) return true;
  return ["انه", "انها", "انهم"].includes(previous) && ["الا", "غير"].includes(view.tokens[j - 2]?.key ?? "");
}

/** "…بناء على ما صرحت به النائبة فلانة": a named subject inside reported words is kept in the background. */
function rememberEmbeddedSubject(view: SentenceView, j: number, cue: CueForm, registry: SpeakerRegistry): void {
  // "الذين يتبنون طلب عدم التعاون…": a form with a noun reading (طلب "request") outside a verb position names nobody.
  if (cue.tense === "participle" || (cue.row.ambiguous && !isVerbPosition(view, j, cue))) return;
  let from = j + 1;
  while (from < view.tokens.length && from <= j + 2 && PRONOUN_OBJECTS.has(view.tokens[from]!.key)) from++; // "ما صرحت به فلانة"
  const phrase = readSpeakerAfter(view, from, new Set(cue.row.preps ?? []));
  if (phrase && !isVerbalNounKey(phrase.words[0]!.key) && splitSpeaker(phrase.words).name.length > 0) {
    registry.inBackground(() => resolvePhrase(view, phrase, cue, registry));
  }
}

/**
 * A ḥāl participle opens its own clause: after a comma ("…، مؤكدا أن"), with و ("ومشيرا إلى"), at the
 * sentence start, or as "قائلا". Elsewhere it may be an adjective or a predicate ("الحكومة مطالبة بالتدخل").
 */
function opensCircumstance(view: SentenceView, j: number, cue: CueForm): boolean {
  if (j === 0 || cue.row.saying || /^و/.test(view.tokens[j]!.key)) return true;
  return /[،,:]/.test(gapBefore(view, j));
}

/**
 * "ليس هناك ما يدعو لأن…", "مما يؤكد أن…": after the relative ما with no pronoun back to it ("ما قاله",
 * "ما أكد عليه الوزير"), ما is the verb's own subject, "what calls for", so nobody is quoted.
 */
function isWhatDoes(view: SentenceView, j: number, cue: CueForm): boolean {
  if (!["ما", "مما"].includes(view.tokens[j - 1]?.key ?? "") || cue.objectSuffix || cue.tense === "participle") return false;
  return !PRONOUN_OBJECTS.has(view.tokens[j + 1]?.key ?? "");
}

/** "الجماعات المتطرفة التي تعتقد أن…": a present belief verb in a relative clause describes its noun; nobody is quoted. */
function isDescribedBelief(view: SentenceView, j: number, cue: CueForm): boolean {
  const previous = view.tokens[j - 1]?.key ?? "";
  const adverb = view.tokens[j - 2]?.key ?? "";
  return Boolean(cue.row.belief) && cue.tense === "present" && (RELATIVES.has(previous) || (previous === "لا" && RELATIVES.has(adverb)));
}

/** A participle right after a reporting verb, with no comma between, is the verb's adverb ("وقال مجددا", "ودعا مجددا إلى"). */
function isAdverbAfterVerb(view: SentenceView, j: number): boolean {
  const previous = view.tokens[j - 1];
  const saying = cueFormOf(view.tokens[j]!.key)?.row.saying; // "وتابع قائلًا:" is a second cue
  return !saying && previous !== undefined && cueFormOf(previous.key) !== undefined && !hasComma(gapBefore(view, j));
}

/** "مؤكدًا حرصه على…", "مبرزًا أهمية…": a participle's bare object counts when a verbal noun opens it. */
function opensWithVerbalNoun(view: SentenceView, offset: number): boolean {
  const word = view.tokens[firstWordFrom(view.tokens, offset)];
  return word !== undefined && (isVerbalNounKey(word.key) || isAbstractNoun(word));
}

/**
 * "…أن هذا الارتفاع، يؤكد تزايد الإقبال على…": a subject-less present-tense verb inside the sentence,
 * with no و/ف and only an object after it, goes on with the content before it; it is no new claim.
 */
function isClauseOfContent(view: SentenceView, j: number, cue: CueForm, via: string): boolean {
  return cue.tense === "present" && j > 0 && !/^[وف]/.test(view.tokens[j]!.key) && (via === "object" || via === "preposition");
}

/** "قال إن الحكومة طالبت بغداد…": a bare verb inside reported content is part of it, not a new attribution. */
function isEmbedded(view: SentenceView, j: number): boolean {
  const word = view.tokens[j]!;
  const previous = view.tokens[j - 1]?.key ?? "";
  return (
    cueFormOf(word.key)?.tense !== "participle" &&
    !/^[وف]/.test(word.key) &&
    !afterDetachedConjunction(view, j) &&
    !hasComma(gapBefore(view, j)) &&
    !["فيما", "بينما", "كما", "ثم", "حين", "حيث", "فانه", "فانها", "فانهم"].includes(previous) && // "…، فإنه نبه إلى أن"
    !RELATIVES.has(previous) &&
    !isButHe(view, j) &&
    !afterTemporalThat(view, j) &&
    !afterFrontedAdverbial(view, j) &&
    leadingSupplementBefore(view, j) < 0
  );
}

const PRONOUN_THAT = new Set(["انه", "انها", "لانه", "لانها", "بانه", "بانها"]);

/**
 * "بالرغم من أنه وصف الأجواء بالمتوترة", "لأنها اتهمت الوزارة بالتقصير": after أنه/أنها the verb's
 * subject is that pronoun, so the noun after a verb taking a person object is its object, not its subject.
 */
function pronounSubject(view: SentenceView, j: number, cue: CueForm): boolean {
  return (Boolean(cue.row.obj) && cue.tense === "past" && PRONOUN_THAT.has(view.tokens[j - 1]?.key ?? "")) || deemedRightAfter(view, j, cue);
}

/** "واعتبرته انتهاكا للقانون": after a verb of deeming carrying its object, an indefinite word is the predicate, not a subject. */
function deemedRightAfter(view: SentenceView, j: number, cue: CueForm): boolean {
  const next = view.tokens[j + 1];
  if (!cue.row.deem || !cue.objectSuffix || !next || isDefinite(next)) return false;
  return !inSet(TITLE_KEYS, next.key) && !inSet(ORGANISATION_KEYS, next.key) && !inSet(UNNAMED_KEYS, next.key);
}

/** "…، قبل أن يوضح بأن…", "بعد أن أكد…": a temporal clause opens the speaker's next words, not words inside the claim. */
function afterTemporalThat(view: SentenceView, j: number): boolean {
  return view.tokens[j - 1]?.key === "ان" && TEMPORAL.has(view.tokens[j - 2]?.key ?? "");
}

const TEMPORAL = new Set(["قبل", "بعد", "وقبل", "وبعد"]);

/** Words after which a verb stands: particles of tense and narration, conjunctions, relative pronouns. */
const VERB_LEADERS = new Set([
  "قد",
  "لقد",
  "وقد",
  "فقد",
  "كما",
  "وكما",
  "ثم",
  "حيث",
  "فيما",
  "بينما",
  "حين",
  "عندما",
  "وعندما",
  "بعدما",
  "لما",
  "ولما",
  "لم",
  "ولم",
  "لن",
  "لا",
  "ولا",
  "كان",
  "كانت",
  "وكان",
  "وكانت",
  "فيما",
  "اذ",
  "اذا",
  "ان",
  "بل",
  "لكن",
  "ولكن",
  "حينها",
  "وحين",
  "انه",
  "انها",
  "انهم",
  "لكنه",
  "لكنها",
]);

/**
 * Nouns are not verbs: a form with a common non-speech reading (بين "between", طالب "student", عبر
 * "via", ذكر "mention") or an object suffix ("ما وصفه") reports only in a verb position: at the start
 * of the sentence or after a comma, with a proclitic و/ف, or after a particle or relative pronoun.
 * After a plain word ("علاقة بين…", "تصريح عبر…") it is a noun or a preposition. Any verb whose content
 * is a bare noun phrase is held to the same test ("إشارات أوضح قبل…" is the adjective "clearer").
 */
function isVerbPosition(view: SentenceView, j: number, cue: CueForm, always = false): boolean {
  if (!always && !cue.row.ambiguous && !cue.objectSuffix) return true;
  const gap = gapBefore(view, j);
  // "عمّان - بترا - نفت الوزارة…": a dash closing a dateline (or an aside) opens a clause as a comma does.
  if (j === 0 || hasComma(gap) || /[:؛;]/.test(gap) || hasDash(gap)) return true;
  if (IN_IT.has(view.tokens[j + 1]?.key ?? "")) return true; // "أصدرت الوزارة توضيحا نفت فيه…": "in it" points back from a verb
  const key = view.tokens[j]!.key;
  if (cue.row.particle && isSecondOfPair(view, j)) return false; // "بينه وبين الجماعات": between … and …
  if ((/^[وف]/.test(key) && cueFormOf(key.slice(1)) === cueFormOf(key)) || afterDetachedConjunction(view, j)) return true;
  const previous = view.tokens[j - 1]!.key;
  return VERB_LEADERS.has(previous) || RELATIVES.has(previous) || (!cue.row.particle && afterFrontedAdverbial(view, j));
}

const MAX_FRONTED_WORDS = 8;

/**
 * "وفي هذا الإطار يشير الخبير إلى أن…", "وخلال استفساره عن رأيه أشار أن…": a verb after a short
 * prepositional phrase that opens the sentence or a clause after a comma, written without the comma
 * before the verb. The phrase must hold no other verb of speech and no relative clause; the walk back is bounded.
 */
function afterFrontedAdverbial(view: SentenceView, j: number): boolean {
  let k = j - 1;
  for (; k > 0 && j - k < MAX_FRONTED_WORDS && !hasComma(gapBefore(view, k)); k--) {
    const key = view.tokens[k]!.key;
    if (hasClauseStop(gapBefore(view, k)) || cueFormOf(key) || quoteOf(view, k) || RESUMPTIVE_PRONOUNS.has(key)) return false;
  }
  const opensClause = k === 0 || hasComma(gapBefore(view, k));
  return opensClause && k < j - 1 && FRONTING_PREPOSITIONS.has(view.tokens[k]!.key.replace(/^و/, ""));
}

const MAX_PAIR_GAP = 4;

/** "بينه وبين…", "بين الحكومة وبين النقابات": the same particle a few words before, joined by و, makes a pair. */
function isSecondOfPair(view: SentenceView, j: number): boolean {
  const key = view.tokens[j]!.key;
  if (!/^و/.test(key)) return false;
  const bare = key.slice(1);
  for (let k = j - 1; k >= 0 && j - k <= MAX_PAIR_GAP && !hasComma(gapBefore(view, k + 1)); k--) {
    if (view.tokens[k]!.key.startsWith(bare)) return true;
  }
  return false;
}

/** "في وقت تترقب فيه الشركات…": a pronoun back to the noun marks a relative clause, not a short adverbial. */
const RESUMPTIVE_PRONOUNS = new Set(["فيه", "فيها", "فيهم"]);

/** "و أوضحت", "و قال": scraped Maghrebi copy often writes the conjunction apart; it is the verb's proclitic all the same. */
function afterDetachedConjunction(view: SentenceView, j: number): boolean {
  const previous = view.tokens[j - 1]?.key;
  return (previous === "و" || previous === "ف") && !hasComma(gapBefore(view, j));
}

const MAX_WORDS_AFTER_EVENT = 3;

/**
 * "أدلى الوزير بتصريحات قال فيها إن…", "ألقى كلمة أكد فيها أن…": a verb followed by فيه/فيها right
 * after a speech event (تصريح، كلمة، بيان، مقابلة…) is a clause about that event; its subject is the
 * one who made the statement.
 */
function inSpeechEventClause(view: SentenceView, j: number): boolean {
  if (!IN_IT.has(view.tokens[j + 1]?.key ?? "")) return false;
  for (let k = j - 1; k >= 0 && j - k <= MAX_WORDS_AFTER_EVENT; k--) {
    if (inSet(SPEECH_EVENT_KEYS, view.tokens[k]!.key.replace(/^(بال|ب|ال)/, ""))) return true;
  }
  return false;
}

/** An indefinite verbal noun opening what follows a verb that takes a bare object ("إلغاء", "تشكيل", "استمرار"): never a speaker. */
function isVerbalNounObject(word: { key: string; raw: string }, cue: CueForm): boolean {
  if (!cue.row.np || cue.row.ambiguous || cue.tense === "participle" || isDefinite(word)) return false;
  if (inSet(TITLE_KEYS, word.key) || inSet(ORGANISATION_KEYS, word.key) || inSet(UNNAMED_KEYS, word.key) || HUMAN_PLURAL_KEYS.has(word.key)) return false; // "أعضاء" has the shape of إفعال
  return isVerbalNounKey(word.key) || hasDerivedVerbalNounShape(word.key);
}

/** "مشترطًا عدم ذكر اسمه", "دون ذكر التفاصيل": after these the form is a noun, not a reporting verb. */
function isVerbalNoun(view: SentenceView, j: number): boolean {
  // "لم يغلق الملف بعد، مضيفا أن…": "yet" closing the clause before a comma governs nothing.
  return ["عدم", "لعدم", "دون", "بدون", "عند", "بعد", "قبل"].includes(view.tokens[j - 1]?.key ?? "") && !hasComma(gapBefore(view, j));
}

/** "حسبما أفاد", "بحسب ما ذكرت": the verb belongs to an according-to phrase. */
function afterAccordingTo(view: SentenceView, j: number): boolean {
  const previous = view.tokens[j - 1]?.key ?? "";
  return (["حسبما", "وحسبما", "كما"].includes(previous) && previous !== "كما") || (previous === "ما" && /حسب|وفق/.test(view.tokens[j - 2]?.key ?? ""));
}

/** "يذكر أن…", "تجدر الإشارة إلى أن…": the journalist's own voice, not an attribution. */
function isJournalistAside(view: SentenceView, j: number): boolean {
  // "يذكر أنه…", "يشار إلى أنها…": the complementiser may carry a pronoun.
  const same = (word: string, key: string | undefined) => key === word || (word === "ان" && key !== undefined && isComplementiser(key));
  return ASIDES.some((phrase) => phrase.every((word, i) => same(word, view.tokens[j + i]?.key)));
}
