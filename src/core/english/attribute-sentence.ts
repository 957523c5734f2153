import {
  EN_ADJUNCT_PREPOSITIONS,
  EN_DETERMINERS,
  EN_DOCUMENT_NOUNS,
  EN_FINDING_SOURCES,
  EN_FINITE_MARKERS,
  EN_TIME_WORDS,
} from "../lexicon/en-speaker-words.ts";
import type { ClaimKind, Span } from "../types.ts";
import { findAccordingTo } from "./according-to.ts";
import { predicateSubject } from "./predicate-subject.ts";
import { asFrame } from "./as-frame.ts";
import { findCues, isCueWord, type Cue } from "./find-cues.ts";
import { continuedQuote, quoteAfterCue, quoteBeforeCue } from "./quote-attribution.ts";
import { afterListener, colonContentStart, kindOf, objectContentStart, reportedClauseStart } from "./reported-speech.ts";
import { isVerbLike, looksLikeSpeaker, nounKey, openingSubject, relativeSubject, subjectBefore, type SpeakerPhrase } from "./speaker-phrase.ts";
import { agentPhrase, PASSIVE_BE, passiveClauseStart } from "./passive-agent.ts";
import { quotedTurnStart } from "./quoted-turn-start.ts";
import { isWriterVoice } from "./writer-voice.ts";
import { FRONTED_SUBORDINATORS, invertedParenthetical, trailingAttribution, type Trailing } from "./trailing-attribution.ts";
import { boundedEnd, breaksBefore, firstQuoteEndingFrom, firstQuoteFrom, gapHolds, type SentenceView, wordsSpan } from "./words.ts";

/** An attribution found in a sentence, before its speaker is resolved. "previous" = the speaker of the turn before. */
export interface Finding {
  speaker: SpeakerPhrase | "previous";
  cue: Span;
  kind: ClaimKind;
  start: number;
  end: number;
  rule: string;
  /** The cue says "in a statement": a later "the statement said" refers to this speaker. */
  statement: boolean;
}

const MAX_CUES_AHEAD = 6;
const MAX_LOOKBACK = 40;

/**
 * The sieve for one sentence, highest precision first for each cue: a quote before the cue, a quote
 * after it, a reported clause after it, then a clause before it ("…, officials said"); "according to"
 * when no cue fired. Quotes consumed here are added to `used` so they are not read as floating quotes.
 */
export function attributeSentence(view: SentenceView, used: Set<number>): Finding[] {
  const findings: Finding[] = [];
  if (isQuestion(view)) return findings;
  const cues = findCues(view);
  const continuations = continuationsOf(view, cues);
  const fronted = cues.length > 0 ? frontedClauseEnd(view) : undefined;
  let earlierCue: Cue | undefined;
  cues.forEach((cue, c) => {
    if (MENTAL_OR_REQUEST.has(cue.lemma) && insideFinding(view, cue, findings)) return;
    // "Although relatives suggested he was poisoned, the warden said …": a content inside a fronted clause ends at its comma.
    const inFronted = fronted !== undefined && cue.last < fronted;
    const endOf = (clause: number) => contentEnd(cues, continuations, c, clause) ?? (inFronted && clause < fronted ? view.tokens[fronted - 1]!.end : undefined);
    const found = attributeCue(view, cue, endOf, used, findings.length > 0);
    const earlier = findings[findings.length - 1];
    const encloses = enclosesCueOf(earlier);
    // "Figures showed that …, he added": a speaker's frame around a study's finding is the attribution.
    if (earlierCue?.documentOnly && found.length === 1 && encloses(found[0]!)) findings.pop();
    // "He added that …, she said.": a closing frame around an attribution already found repeats its speaker;
    // "Lee said …, Okafor testified.": a closing frame naming someone else is the outer attribution (the inner one nested).
    else if (found.some((f) => encloses(f) && !namesAnotherSpeaker(view, f, earlier!))) {
      findings.push(...found.filter((f) => !encloses(f)));
      return;
    }
    // "A man admitted charges he threatened to …, prosecutors announced.": a pronoun's words inside another
    // source's report are that report's content, not a claim of their own (`en.verb.trailing.outer`).
    else if (found.some((f) => encloses(f) && f.rule.startsWith("en.verb.trailing")) && speaksInsideClause(view, earlier!)) findings.pop();
    if (found.length > 0) earlierCue = cue;
    findings.push(...found);
  });
  if (findings.length === 0) {
    const according = findAccordingTo(view);
    if (according) {
      findings.push({
        speaker: according.speaker,
        cue: wordsSpan(view, according.cueFirst, according.cueLast),
        kind: kindOf(view, according.start, according.end),
        start: according.start,
        end: according.end,
        rule: `en.according-to.${according.start === view.start ? "trailing" : "leading"}`,
        statement: false,
      });
    }
  }
  return findings;
}

const QUESTION_OPENERS = new Set([
  "did",
  "does",
  "do",
  "is",
  "are",
  "was",
  "were",
  "will",
  "would",
  "could",
  "should",
  "can",
  "has",
  "have",
  "had",
  "why",
  "what",
  "how",
  "who",
  "when",
  "where",
  "which",
  "aren't",
  "isn't",
  "don't",
  "doesn't",
  "didn't",
  "wasn't",
  "weren't",
  "won't",
  "wouldn't",
  "can't",
]);

/** "Did the minister say the plan would work?": the writer's question, outside quotes, attributes nothing. */
function isQuestion(view: SentenceView): boolean {
  const first = view.tokens[0];
  if (!first || first.quote >= 0 || !QUESTION_OPENERS.has(first.key)) return false;
  return /\?\s*$/.test(view.text.slice(view.tokens[view.tokens.length - 1]!.end, view.end)) && view.tokens[view.tokens.length - 1]!.quote < 0;
}

function attributeCue(view: SentenceView, cue: Cue, endOf: (clause: number) => number | undefined, used: Set<number>, turnInSentence: boolean): Finding[] {
  const { tokens: words } = view;
  const statement = mentionsStatement(view, cue);
  const finding = findingsOfCue(wordsSpan(view, cue.first, cue.last), statement);
  if (cue.agentBy !== undefined) {
    const passive = passiveWithAgent(view, cue, cue.agentBy, endOf);
    if (!passive || overlapsUsed(view, passive.start, passive.end, used)) return [];
    markQuotes(view, passive.start, passive.end, used);
    return [finding(passive.speaker, kindOf(view, passive.start, passive.end), passive.start, passive.end, passive.rule)];
  }
  const floor = afterLastQuoteWord(view, cue.first);
  const quoted = quotedFindings(view, used, finding);
  const before = quoteBeforeCue(view, cue);
  if (before?.speaker && !used.has(before.quote)) {
    const out = [quoted(before.quote, before.speaker, "en.quote-then-cue")];
    const more = continuedQuote(view, before.frameEnd);
    if (more !== undefined && !used.has(more)) out.push(quoted(more, "previous", "en.quote-then-cue.split"));
    return out;
  }
  const framed = asFrame(view, cue);
  if (framed && !overlapsUsed(view, framed.start, framed.end, used)) {
    markQuotes(view, framed.start, framed.end, used);
    return [finding(framed.speaker, kindOf(view, framed.start, framed.end), framed.start, framed.end, framed.rule)];
  }
  const parenthetical = cue.participle ? undefined : invertedParenthetical(view, cue);
  if (parenthetical && !overlapsUsed(view, parenthetical.start, parenthetical.end, used)) {
    const end = Math.min(parenthetical.end, endOf(cue.last) ?? parenthetical.end);
    markQuotes(view, parenthetical.start, end, used);
    return [finding(parenthetical.speaker, kindOf(view, parenthetical.start, end), parenthetical.start, end, parenthetical.rule)];
  }
  // "CONTENT, said X of Y." / "CONTENT, says a report.": a comma right before an inverted cue ends the content.
  if (!cue.participle && gapHolds(view, cue.first, ",") && (clauseBefore(view, cue.first) || sourceClosesSentence(view, cue))) {
    const inverted = trailingAttribution(view, cue, undefined, afterListener(view, cue));
    if (inverted && !overlapsUsed(view, inverted.start, inverted.end, used)) {
      const end = boundedEnd(view, inverted.start, inverted.end);
      markQuotes(view, inverted.start, end, used);
      return [finding(inverted.speaker, kindOf(view, inverted.start, end), inverted.start, end, inverted.rule)];
    }
  }
  const gerund = isGerundAfterPreposition(view, cue);
  // "Likud, which tried to rally support by saying that …": the relative pronoun's antecedent speaks through the gerund.
  const gerundRelative = gerund ? enclosingRelativeSubject(view, cue.first) : undefined;
  const continuing = participleFrameStart(view, cue) !== undefined || isCoordinated(view, cue) || (gerund && !gerundRelative);
  const relative = continuing ? undefined : (gerundRelative ?? relativeSubject(view, cue.first));
  const passive = continuing || relative ? undefined : quotedAsSaying(view, cue);
  // The subject may lie before a quoted title inside its appositive, so it is sought from the sentence start.
  const speaker: Finding["speaker"] | undefined = continuing
    ? turnInSentence
      ? "previous"
      : (openingSubject(view, cue.first) ?? "previous")
    : (relative ??
      passive ??
      absoluteSubject(view, cue) ??
      subjectBefore(view, cue.governor ?? cue.first, 0) ??
      (cue.participle ? predicateSubject(view, cue.first) : undefined));
  if (cue.documentOnly && (!speaker || speaker === "previous" || !namesFinding(view, speaker, documentSources(cue)))) return [];
  if (speaker && speaker !== "previous" && (deniedSubject(view, speaker) || isWriterVoice(view, speaker))) return [];
  const after = quoteAfterCue(view, cue, floor);
  if (after?.runsOn && !used.has(after.quote) && (speaker ?? after.speaker)) {
    const start = view.quotes[after.quote]!.contentStart;
    const end = boundedEnd(view, start, endOf(after.frameEnd) ?? view.end);
    markQuotes(view, start, end, used);
    return [finding(speaker ?? after.speaker!, "mixed", start, end, "en.cue-then-quote.runs-on")];
  }
  if (after && !used.has(after.quote) && (speaker ?? after.speaker)) return [quoted(after.quote, speaker ?? after.speaker!, "en.cue-then-quote")];
  const inner = continuing ? undefined : innerRelativeClause(view, cue);
  if (inner) {
    markQuotes(view, inner.start, inner.end, used);
    return [finding(inner.speaker, kindOf(view, inner.start, inner.end), inner.start, inner.end, "en.verb.relative.inner")];
  }
  const colon = speaker && !cue.participle ? colonContentStart(view, cue) : undefined;
  if (colon !== undefined && speaker) {
    const start = words[colon]!.start;
    const end = boundedEnd(view, start, endOf(colon) ?? view.end);
    markQuotes(view, start, end, used);
    return [finding(speaker, kindOf(view, start, end), start, end, speaker === "previous" ? "en.verb.implicit.colon" : "en.verb.svo.colon")];
  }
  const clause = reportedClauseStart(view, cue);
  if (clause !== undefined && speaker) {
    const start = words[clause]!.start;
    const end = boundedEnd(view, start, (relative && relativeClauseEnd(view, clause)) ?? endOf(clause) ?? view.end);
    markQuotes(view, start, end, used);
    const via = words[clause - 1]?.key === "that" ? "that" : "bare";
    const quotedBy = passive && passive.first > 0 && QUOTING_VERBS.has(words[passive.first - 1]!.key) ? "quoted-as" : "passive";
    const rule = relative ? `en.verb.relative.${via}` : passive ? `en.verb.${quotedBy}.${via}` : verbRule(speaker, cue, via);
    const second = via === "that" ? secondThatClause(view, clause, end) : undefined;
    const secondStart = second === undefined ? end : view.quotes[words[second]!.quote]?.contentStart;
    // "told X that A, and that "B."": a second clause wholly in quotation marks is the speaker's own words, a claim of its own.
    if (second === undefined || secondStart === undefined || kindOf(view, secondStart, end) !== "direct")
      return [finding(speaker, kindOf(view, start, end), start, end, rule)];
    const firstEnd = pastClosingMark(view, words[second - 3]!.end);
    return [
      finding(speaker, kindOf(view, start, firstEnd), start, firstEnd, rule),
      finding(speaker, "direct", secondStart, view.quotes[words[second]!.quote]!.contentEnd, "en.verb.coordinated-that"),
    ];
  }
  const object = speaker ? objectContentStart(view, cue) : undefined;
  if (object !== undefined && speaker) {
    const start = words[object]!.start;
    const end = boundedEnd(view, start, endOf(object) ?? view.end);
    markQuotes(view, start, end, used);
    return [finding(speaker, kindOf(view, start, end), start, end, relative ? "en.verb.relative.object" : verbRule(speaker, cue, "object"))];
  }
  const direct = speaker ? directComplement(view, cue) : undefined;
  if (direct && speaker) {
    const start = words[direct.first]!.start;
    const end = boundedEnd(view, start, endOf(direct.first) ?? view.end);
    markQuotes(view, start, end, used);
    return [finding(speaker, kindOf(view, start, end), start, end, verbRule(speaker, cue, direct.via))];
  }
  const trailing = trailingAttribution(view, cue, speaker === "previous" ? undefined : speaker, afterListener(view, cue));
  if (trailing && !overlapsUsed(view, trailing.start, trailing.end, used)) {
    // "X, the officials said, Y, "…," Lee said": a later speaker's quote ends the parenthetical's content.
    const end = boundedEnd(view, trailing.start, Math.min(trailing.end, endOf(cue.last) ?? trailing.end));
    markQuotes(view, trailing.start, end, used);
    return [finding(trailing.speaker, kindOf(view, trailing.start, end), trailing.start, end, trailing.rule)];
  }
  return [];
}

// The factories below return unnamed closures: a closure named in a hot function costs a defineProperty
// call each time it is created under tsx/esbuild's keepNames (what `npm run bench` runs).

/** Whether a finding's content holds the cue of the `earlier` finding. */
function enclosesCueOf(earlier: Finding | undefined): (f: Finding) => boolean {
  return (f) => earlier !== undefined && f.start <= earlier.cue.start && earlier.cue.start < f.end;
}

type MakeFinding = (speaker: Finding["speaker"], kind: ClaimKind, start: number, end: number, rule: string) => Finding;

/** Builds the findings of one cue. Fields written out, not spread from a shared base: V8 builds spread objects slowly. */
function findingsOfCue(cue: Span, statement: boolean): MakeFinding {
  return (speaker, kind, start, end, rule) => ({
    speaker,
    cue,
    kind,
    start,
    end,
    rule,
    statement,
  });
}

/** A direct finding of a cue: quoted passage `quote` (marked used) is the content. */
function quotedFindings(view: SentenceView, used: Set<number>, finding: MakeFinding): (quote: number, speaker: Finding["speaker"], rule: string) => Finding {
  return (quote, speaker, rule) => {
    used.add(quote);
    const q = view.quotes[quote]!;
    return finding(speaker, "direct", q.contentStart, q.contentEnd, rule);
  };
}

// Verbs whose passive subject is the listener ("was told by doctors that …"): the content follows "that".
const LISTENER_PASSIVES = new Set(["tell", "inform", "assure", "warn"]);

/**
 * "The claim was denied by the ministry": the agent speaks and the content is the clause up to "by"
 * (`en.verb.passive.agent`); "She was told by doctors that …": the content is the clause after "that"
 * (`en.verb.passive.agent.that`).
 */
function passiveWithAgent(view: SentenceView, cue: Cue, by: number, endOf: (clause: number) => number | undefined): Trailing | undefined {
  const { tokens: words } = view;
  const speaker = agentPhrase(view, by);
  if (!speaker) return undefined;
  const after = Math.max(speaker.last, speaker.descriptor?.last ?? 0) + 1;
  if (LISTENER_PASSIVES.has(cue.lemma)) {
    if (words[speaker.last + 1]?.key !== "that" || speaker.last + 2 >= words.length) return undefined;
    const start = words[speaker.last + 2]!.start;
    return { speaker, start, end: boundedEnd(view, start, endOf(speaker.last + 2) ?? view.end), rule: "en.verb.passive.agent.that" };
  }
  if (words[after]?.key === "that" && words[after]!.quote < 0) return undefined;
  const first = passiveClauseStart(view, cue.first);
  if (first >= cue.first) return undefined;
  const start = words[first]!.start;
  return { speaker, start, end: boundedEnd(view, start, pastClosingMark(view, words[by - 1]!.end)), rule: "en.verb.passive.agent" };
}

/** A content ending in a quoted word keeps its closing mark: `described as "outrageous"`. */
function pastClosingMark(view: SentenceView, end: number): number {
  let i = end;
  while (i < view.end && /["”’]/.test(view.text[i]!)) i++;
  return i;
}

const FINDING_SOURCES = new Set(EN_FINDING_SOURCES);

/** "A 2023 study by the X Center", "Figures published last week": the subject is a study, report or published numbers. */
function namesFinding(view: SentenceView, speaker: SpeakerPhrase, sources: ReadonlySet<string> = FINDING_SOURCES): boolean {
  for (let i = speaker.first; i <= speaker.last; i++) if (sources.has(view.tokens[i]!.key) || sources.has(nounKey(view.tokens[i]!.key))) return true;
  return false;
}

/** The subject of "read" is a written text ("…," the statement read): `en.verb.document-read`. */
const WRITTEN_TEXTS: ReadonlySet<string> = new Set(EN_DOCUMENT_NOUNS);

function documentSources(cue: Cue): ReadonlySet<string> {
  return cue.lemma === "read" ? WRITTEN_TEXTS : FINDING_SOURCES;
}

const INNER_RELATIVES = new Set(["which", "that", "who", "whom"]);

/**
 * "The bridge, which engineers said had been weakened, was closed", "a drug that the maker says is safe":
 * the relative pronoun is the subject of the reported clause, so the cue is followed straight by its verb.
 * The content runs from that verb to the end of the relative clause: its closing comma, or (with no
 * comma) the main clause's own auxiliary.
 */
function innerRelativeClause(view: SentenceView, cue: Cue): { speaker: SpeakerPhrase; start: number; end: number } | undefined {
  const { tokens: words } = view;
  const verb = words[cue.last + 1];
  if (!verb || verb.quote >= 0 || !FINITE.has(verb.key) || breaksBefore(view, cue.last + 1)) return undefined;
  const speaker = relativeClauseSubject(view, cue.first);
  if (!speaker) return undefined;
  const start = verb.start;
  for (let k = cue.last + 2; k < words.length && k - cue.last <= MAX_LOOKBACK; k++) {
    const w = words[k]!;
    if (gapHolds(view, k, ",;:—–()")) return { speaker, start, end: words[k - 1]!.end };
    if (w.quote < 0 && FINITE.has(w.key) && k > cue.last + 2) return { speaker, start, end: words[k - 1]!.end };
  }
  return { speaker, start, end: view.end };
}

/** "said that A, and that B": the index of the first word of B, a second "that" joined by "and" (outside quotes) inside the content ending at `end`. */
function secondThatClause(view: SentenceView, clause: number, end: number): number | undefined {
  const { tokens: words } = view;
  for (let k = clause + 2; k + 1 < words.length && words[k + 1]!.end <= end && k - clause <= MAX_LOOKBACK; k++) {
    const w = words[k]!;
    if (w.key !== "that" || w.quote >= 0 || words[k - 1]!.key !== "and" || words[k - 1]!.quote >= 0 || breaksBefore(view, k)) continue;
    return k + 1;
  }
  return undefined;
}

const MAX_INNER_SUBJECT = 4;

/** The short subject between a relative pronoun and the cue ("which [local surveyors] said"): no verb, no punctuation inside. */
function relativeClauseSubject(view: SentenceView, cueFirst: number): SpeakerPhrase | undefined {
  const { tokens: words } = view;
  for (let k = cueFirst - 1; k >= 1 && cueFirst - k <= MAX_INNER_SUBJECT; k--) {
    const w = words[k]!;
    if (w.quote >= 0 || breaksBefore(view, k + 1) || isVerbLike(w.key) || FINITE.has(w.key)) return undefined;
    if (INNER_RELATIVES.has(words[k - 1]!.key) && words[k - 1]!.quote < 0) return INNER_RELATIVES.has(w.key) ? undefined : { first: k, last: cueFirst - 1 };
  }
  return undefined;
}

const MAX_QUOTED_FRAME = 8;

/**
 * "The mayor was quoted by the paper as saying …": the subject of the passive "quoted" speaks through "as
 * saying". "Interfax quoted a senior official as saying …": in the active, the object speaks and the subject
 * is only the channel.
 */
function quotedAsSaying(view: SentenceView, cue: Cue): SpeakerPhrase | undefined {
  const { tokens: words } = view;
  if (cue.lemma !== "say" || !cue.participle || words[cue.first - 1]?.key !== "as") return undefined;
  for (let k = cue.first - 2; k > 0 && cue.first - k <= MAX_QUOTED_FRAME; k--) {
    if (words[k]!.quote >= 0 || breaksBefore(view, k + 1)) return undefined;
    if (!QUOTING_VERBS.has(words[k]!.key)) continue;
    const passive = PASSIVE_BE.has(words[k - 1]!.key);
    const object = k + 1 <= cue.first - 2 && (OBJECT_PRONOUNS.has(words[k + 1]!.key) || looksLikeSpeaker(view, k + 1, cue.first - 2));
    if (!passive && object) return { first: k + 1, last: cue.first - 2 };
    return subjectBefore(view, k, 0);
  }
  return undefined;
}

const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);
// "State media cited the ministry as saying …" reads like "quoted … as saying".
const QUOTING_VERBS = new Set(["quoted", "cited"]);

/**
 * Where a reported clause inside a relative clause ends: at the comma before the main clause's verb
 * ("the source, who said he had seen it, told Reuters" → "he had seen it"); undefined when none follows.
 */
function relativeClauseEnd(view: SentenceView, clause: number): number | undefined {
  const { tokens: words } = view;
  for (let k = clause + 1; k < words.length && k - clause <= MAX_LOOKBACK; k++) {
    const w = words[k]!;
    // "Farmers, who have complained that …, say late payments …": a present-tense cue is the main verb too.
    if (w.quote < 0 && !w.cap && gapHolds(view, k, ",") && (isVerbLike(w.key) || FINITE.has(w.key) || isCueWord(w.key))) return words[k - 1]!.end;
  }
  return undefined;
}

const MIN_COMPLEMENT_WORDS = 2;

/**
 * "pledged to cut taxes" (an infinitive: the words after "to"), "called for an independent inquiry" (a
 * noun phrase opening with a determiner, a number or a name: a demand names what it demands). Not after
 * a break ("demanded, again, …") nor when too short to say anything.
 */
function directComplement(view: SentenceView, cue: Cue): { first: number; via: "infinitive" | "np" } | undefined {
  const { tokens: words } = view;
  const next = words[cue.last + 1];
  if (!next || next.quote >= 0 || breaksBefore(view, cue.last + 1)) return undefined;
  if (cue.infinitive && next.key === "to" && words.length - (cue.last + 2) >= MIN_COMPLEMENT_WORDS) return { first: cue.last + 2, via: "infinitive" };
  if (!cue.nounObject || words.length - (cue.last + 1) < MIN_COMPLEMENT_WORDS) return undefined;
  // A verb that also reports through a link ("urged X to …") takes a plain object only when it is quoted ("urged an "end to …"").
  if (cue.objectLinks.length > 0) return opensQuotedObject(view, cue.last + 1) ? { first: cue.last + 1, via: "np" } : undefined;
  const opensNounPhrase = DETERMINERS.has(next.key) || next.cap || /^\d/.test(next.raw) || /['’]s$/.test(next.raw) || opensBareNoun(view, cue.last + 1);
  return opensNounPhrase && !FINITE.has(next.key) ? { first: cue.last + 1, via: "np" } : undefined;
}

/** `an "end to the violence"`, `"restraint"`: a quotation opens right away or after one determiner. */
function opensQuotedObject(view: SentenceView, i: number): boolean {
  const words = view.tokens;
  const at = DETERMINERS.has(words[i]!.key) && words[i]!.quote < 0 ? i + 1 : i;
  return words[at] !== undefined && words[at]!.quote >= 0 && words.length - at >= MIN_COMPLEMENT_WORDS;
}

// Words after "called for" / "demanded" that open no demanded noun phrase: pronouns, prepositions, time words, and
// "help" ("called for help" asks for rescue, not for a position).
const NOT_BARE_NOUNS = new Set([
  ...EN_TIME_WORDS,
  "him",
  "her",
  "them",
  "it",
  "us",
  "me",
  "you",
  "to",
  "a",
  "an",
  "the",
  "help",
  "years",
  "months",
  "weeks",
  "days",
  "hours",
  "decades",
]);

/** "called for calm", "demanded justice for …": a bare lower-case noun (a mass noun or a plural) opens the demand's object. */
function opensBareNoun(view: SentenceView, i: number): boolean {
  const w = view.tokens[i]!;
  return !w.cap && /^[a-z]/.test(w.raw) && !NOT_BARE_NOUNS.has(w.key) && !ADJUNCT_WORDS.has(w.key) && !isVerbLike(w.key) && !w.key.endsWith("ly");
}

/** `en.verb.svo.that` (subject, verb, "that"), `en.participle.bare` ("…, adding the …"), `en.verb.implicit.object` (a coordinated verb). */
function verbRule(speaker: Finding["speaker"], cue: Cue, via: "that" | "bare" | "object" | "infinitive" | "np"): string {
  if (cue.participle) return `en.participle.${via}`;
  if (cue.governor !== undefined) return `en.verb.to-infinitive.${via}`;
  return speaker === "previous" ? `en.verb.implicit.${via}` : `en.verb.svo.${via}`;
}

const FINITE = new Set(EN_FINITE_MARKERS);
const DETERMINERS = new Set(EN_DETERMINERS);
const ADJUNCT_WORDS = new Set(EN_ADJUNCT_PREPOSITIONS);

const RELATIVE_PRONOUNS = new Set(["who", "whose", "which", "whom"]);

/**
 * The words before a cue hold a finite verb (an auxiliary or modal), so they are a clause, not an appositive
 * subject. A verb inside a relative clause does not count: "Hicks, whose husband is a sailor, said …".
 */
/**
 * "…after a week, says the World Health Organization.": a name (or "the" and a name) from the cue to the
 * sentence's end is the inverted source whatever the words before the comma hold (`en.verb.trailing.named`).
 */
function sourceClosesSentence(view: SentenceView, cue: Cue): boolean {
  const words = view.tokens;
  const first = words[cue.last + 1]?.key === "the" ? cue.last + 2 : cue.last + 1;
  if (first >= words.length || breaksBefore(view, cue.last + 1)) return false;
  const end = closingTimeStart(view, first + 1) ?? words.length; // "…, said the agency on Tuesday, November 19."
  if (!words[first]!.cap || !words[end - 1]!.cap) return false;
  for (let i = first; i < end; i++) {
    const w = words[i]!;
    if ((!w.cap && !SOURCE_NAME_JOINERS.has(w.key)) || w.quote >= 0 || (i > first && breaksBefore(view, i))) return false;
  }
  return true;
}

const TIME_LEADS = new Set(["on", "last", "this", "earlier", "late", "early"]);
const TIME_WORDS = new Set(EN_TIME_WORDS);
const MAX_CLOSING_TIME_WORDS = 5;

/** "on Tuesday, November 19", "last week": where a time adjunct closing the sentence starts, if one does. */
function closingTimeStart(view: SentenceView, from: number): number | undefined {
  const words = view.tokens;
  const at = words.findIndex((w, i) => i >= from && TIME_LEADS.has(w.key));
  if (at < 0 || words.length - at - 1 > MAX_CLOSING_TIME_WORDS || at + 1 >= words.length) return undefined;
  return words.slice(at + 1).every((w) => TIME_WORDS.has(w.key) || /^\d{1,2}(st|nd|rd|th)?$/.test(w.key)) ? at : undefined;
}

// "the Royal College of Nursing", "Doctors for Camp Closure": lower-case words inside a name.
const SOURCE_NAME_JOINERS = new Set(["of", "for", "and", "the", "de"]);

function clauseBefore(view: SentenceView, cueFirst: number): boolean {
  let finite = false;
  for (let i = cueFirst - 1; i >= 0 && cueFirst - i <= MAX_LOOKBACK; i--) {
    const w = view.tokens[i]!;
    if (w.quote >= 0) continue;
    if (RELATIVE_PRONOUNS.has(w.key) && gapHolds(view, i, ",")) finite = false;
    // "The talks failed, said Lee": a past verb makes a clause too ("the proposed plan" does not).
    else if (FINITE.has(w.key) || (!w.cap && isVerbLike(w.key) && i > 0 && !DETERMINERS.has(view.tokens[i - 1]!.key))) finite = true;
  }
  return finite;
}

// Opinions and requests inside another speaker's reported words are that speaker's account, not new claims:
// "He said that he thinks …", "JoyNews reported that the board had asked the government to …".
const MENTAL_OR_REQUEST = new Set(["think", "believe", "feel", "hope", "fear", "wonder", "ask", "conclude"]);

function insideFinding(view: SentenceView, cue: Cue, findings: readonly Finding[]): boolean {
  const at = view.tokens[cue.first]!.start;
  return findings.some((f) => f.start <= at && at < f.end);
}

/** The finding's speaker is a pronoun inside the sentence's first clause ("… charges [he] threatened to …"), not its opening subject. */
function speaksInsideClause(view: SentenceView, finding: Finding): boolean {
  if (finding.speaker === "previous" || finding.speaker.first === 0) return false;
  const { tokens: words } = view;
  const first = finding.speaker.first;
  return first === finding.speaker.last && PERSONAL_PRONOUNS.has(words[first]!.key) && !breaksBefore(view, first);
}

/** The outer finding's speaker is a name other than the inner finding's ("…, Okafor testified" around "Lee said …"). */
function namesAnotherSpeaker(view: SentenceView, outer: Finding, inner: Finding): boolean {
  if (outer.speaker === "previous") return false;
  const { tokens: words } = view;
  const head = words[outer.speaker.first]!;
  if (PERSONAL_PRONOUNS.has(head.key)) return false;
  // "…charges he threatened to …, the prosecutor's office announced": a full noun phrase around a pronoun inside a clause.
  // ("…, a figure Park disputed": an indefinite noun before a name is a reduced relative, not a frame.)
  if (!head.cap) return head.key === "the" && speaksInsideClause(view, inner);
  if (inner.speaker === "previous") return true;
  const text = (p: SpeakerPhrase) => view.text.slice(words[p.first]!.start, words[p.last]!.end);
  return text(outer.speaker) !== text(inner.speaker);
}

const PERSONAL_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);

/** A sentence opening with a subordinate clause ("Although …, ", "When …, "): the index of the first word after its comma. */
export function frontedClauseEnd(view: SentenceView): number | undefined {
  const words = view.tokens;
  if (words.length < 4 || words[0]!.quote >= 0 || !FRONTED_SUBORDINATORS.has(words[0]!.key)) return undefined;
  for (let k = 2; k < words.length && k <= MAX_LOOKBACK; k++) if (words[k]!.quote < 0 && gapHolds(view, k, ",")) return k;
  return undefined;
}

const MAX_FRAME_ADVERBS = 2;

/**
 * "…, adding that", "…," Lee told X, repeatedly calling for …": a participle after a comma (and up to two
 * adverbs) continues the turn before it. The index of the frame's first word; undefined when not such a frame.
 */
function participleFrameStart(view: SentenceView, cue: Cue): number | undefined {
  if (!cue.participle) return undefined;
  let i = cue.first;
  while (i > 0 && cue.first - i < MAX_FRAME_ADVERBS && !gapHolds(view, i, ",") && isFrameAdverb(view.tokens[i - 1]!.key)) i--;
  return i > 0 && gapHolds(view, i, ",") ? i : undefined;
}

const GERUND_PREPOSITIONS = new Set(["by", "after", "before", "while", "when"]);

/** "angered voters by saying that …", "left after warning that …": the sentence's subject speaks through the gerund. */
function isGerundAfterPreposition(view: SentenceView, cue: Cue): boolean {
  const prev = view.tokens[cue.first - 1];
  return cue.participle && cue.first > 1 && prev !== undefined && prev.quote < 0 && GERUND_PREPOSITIONS.has(prev.key) && !breaksBefore(view, cue.first);
}

const NEGATIVE_SUBJECTS = new Set(["neither", "nobody", "none", "no-one"]);

/** "Neither Ruiz nor Reyes would say …", "Nobody said …", "No official confirmed …": a negated subject says nothing. */
function deniedSubject(view: SentenceView, speaker: SpeakerPhrase): boolean {
  const first = view.tokens[speaker.first]!;
  const next = view.tokens[speaker.first + 1];
  if (NEGATIVE_SUBJECTS.has(first.key)) return true;
  return (
    (first.key === "no" && next !== undefined && !next.cap && !/^\d/.test(next.raw) && speaker.first < speaker.last) ||
    (first.key === "no" && next?.key === "one")
  );
}

const MAX_RELATIVE_REACH = 15;

/** The antecedent of a non-restrictive "which"/"who" whose clause holds word `before` ("X, which tried … by saying"). */
function enclosingRelativeSubject(view: SentenceView, before: number): SpeakerPhrase | undefined {
  const words = view.tokens;
  for (let k = before - 2; k > 0 && before - k <= MAX_RELATIVE_REACH; k--) {
    if (words[k]!.quote >= 0) return undefined;
    if ((words[k]!.key === "which" || words[k]!.key === "who") && gapHolds(view, k, ",")) return relativeSubject(view, k + 1);
    if (breaksBefore(view, k)) return undefined;
  }
  return undefined;
}

function isFrameAdverb(key: string): boolean {
  return (key.endsWith("ly") && key.length > 4) || key === "also" || key === "again" || key === "then" || key === "later";
}

/** "…, with Foreign Minister Ana Ruiz warning of …": the subject of an absolute "with NP V-ing" construction, without its "with". */
function absoluteSubject(view: SentenceView, cue: Cue): SpeakerPhrase | undefined {
  if (!cue.participle) return undefined;
  const subject = subjectBefore(view, cue.first, 0);
  if (!subject || view.tokens[subject.first]!.key !== "with" || subject.first >= subject.last) return undefined;
  return { ...subject, first: subject.first + 1 };
}

/** A second verb of the same subject: "said … and noted that", "insisted …, but admitted that". */
function isCoordinated(view: SentenceView, cue: Cue): boolean {
  let i = cue.first - 1;
  while (i >= 0 && /^(also|later|then|further)$/.test(view.tokens[i]!.key)) i--;
  return i > 0 && /^(and|but)$/.test(view.tokens[i]!.key);
}

/**
 * Where a continuing cue's frame starts ("…, adding that", "… and noted that"), or a coordinated clause
 * with its own subject and cue ("… and the army said it …", "…; officials say …"): it ends the previous content.
 */
function continuationStart(view: SentenceView, next: Cue): number | undefined {
  const { tokens: words } = view;
  if (next.first === 0) return undefined;
  const quoted = quotedTurnStart(view, next);
  if (quoted !== undefined) return quoted;
  // `… were "a big step forward", adding: …`: the content keeps the closing mark of its quoted fragment.
  const frame = participleFrameStart(view, next);
  if (frame !== undefined) return pastClosingMark(view, words[frame - 1]!.end);
  if (!isCoordinated(view, next)) return coordinatedClauseStart(view, next);
  let i = next.first - 1;
  while (!/^(and|but)$/.test(words[i]!.key)) i--;
  return pastClosingMark(view, words[i - 1]!.end);
}

const CLAUSE_JOINERS = new Set(["and", "but", "while", "whereas"]);

function coordinatedClauseStart(view: SentenceView, next: Cue): number | undefined {
  const { tokens: words } = view;
  const subject = subjectBefore(view, next.first, 0);
  if (!subject || subject.first < 2 || words[subject.first - 1]!.quote >= 0) return undefined;
  // "…; officials say …" and a closing "…, he said.": the frame ends the content before it.
  if (gapHolds(view, subject.first, ";") || (gapHolds(view, subject.first, ",") && next.last + 1 >= words.length)) return words[subject.first - 1]!.end;
  if (!CLAUSE_JOINERS.has(words[subject.first - 1]!.key)) return undefined;
  // "said the call made him see Lee and the mayor still believed …": with no comma before "and", an opinion
  // joined to the reported clause belongs to it (the content goes on).
  if (MENTAL_OR_REQUEST.has(next.lemma) && !gapHolds(view, subject.first - 1, ",;")) return undefined;
  return words[subject.first - 2]!.end;
}

/** continuationStart of cue k, by k. */
type Continuations = (k: number) => number | undefined;

/**
 * continuationStart of each cue, worked out when a content first asks for it: only a later cue's is ever
 * asked, so a sentence with one cue (most of them) never pays for the subject search inside it.
 */
function continuationsOf(view: SentenceView, cues: readonly Cue[]): Continuations {
  let known: Map<number, number | undefined> | undefined;
  return (k) => {
    known ??= new Map();
    if (!known.has(k)) known.set(k, continuationStart(view, cues[k]!));
    return known.get(k);
  };
}

/** The first continuing cue after cue c and past the clause start ends that content. Scans at most a few cues. */
function contentEnd(cues: readonly Cue[], continuations: Continuations, c: number, clause: number): number | undefined {
  for (let k = c + 1; k < cues.length && k <= c + MAX_CUES_AHEAD; k++) {
    if (cues[k]!.first <= clause) continue;
    const start = continuations(k);
    if (start !== undefined) return start;
  }
  return undefined;
}

/** Where the frame before a cue may start: after the last quoted word (looked for in a short window). */
function afterLastQuoteWord(view: SentenceView, before: number): number {
  for (let i = before - 1; i >= 0 && before - i <= MAX_LOOKBACK; i--) if (view.tokens[i]!.quote >= 0) return i + 1;
  return Math.max(0, before - MAX_LOOKBACK);
}

function mentionsStatement(view: SentenceView, cue: Cue): boolean {
  const { tokens: words } = view;
  for (let i = Math.max(0, cue.first - 6); i < Math.min(words.length, cue.last + 6); i++) {
    if (words[i]!.quote < 0 && (words[i]!.key === "statement" || words[i]!.key === "statements")) return true;
  }
  return false;
}

function markQuotes(view: SentenceView, start: number, end: number, used: Set<number>): void {
  for (let i = firstQuoteFrom(view.quotes, start); i < view.quotes.length && view.quotes[i]!.open < end; i++) used.add(i);
}

function overlapsUsed(view: SentenceView, start: number, end: number, used: Set<number>): boolean {
  for (let i = firstQuoteEndingFrom(view.quotes, start); i < view.quotes.length && view.quotes[i]!.open < end; i++) if (used.has(i)) return true;
  return false;
}
