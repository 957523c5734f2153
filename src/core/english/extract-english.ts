import { buildClaim, spanOf, type ClaimDraft } from "../build-claim.ts";
import { layOut, type LaidOutParagraph } from "../text/layout.ts";
import type { Claim } from "../types.ts";
import { attributeSentence, type Finding } from "./attribute-sentence.ts";
import { accusedNames, deniesAllegations } from "./accused-denial.ts";
import { joinBrandExclamations } from "./brand-exclamations.ts";
import { colonFrame, framedContent, isBulletItem } from "./colon-frame.ts";
import { colonQuote } from "./colon-quote.ts";
import { issuedDocument } from "./statement-issuer.ts";
import { skipDateline } from "./dateline.ts";
import { addSingleQuotes } from "./single-quotes.ts";
import type { QuoteSpan } from "../text/quotes.ts";
import { splitReopenedQuotes } from "./reopened-quotes.ts";
import { firstPersonFragment } from "./first-person-fragment.ts";
import { coordinatedSubjectEnd } from "./coordinated-subject.ts";
import { floatingQuote } from "./floating-quote.ts";
import { opensWithGerund } from "./gerund-subject.ts";
import { marketSubject, namesPlace, narratedSubjects } from "./narrated-subjects.ts";
import { joinQuestionFrames, splitAtWordAbbreviations } from "./sentence-ends.ts";
import { openingAppositiveName, sentenceSubject } from "./speaker-phrase.ts";
import {
  type ContentNames,
  createSalience,
  lastSpeaker,
  noteMention,
  noteNarratedPerson,
  noteStatement,
  noteAccused,
  notePluralSubject,
  noteStatementIssuer,
  refreshKnownPersons,
  resolveDenier,
  resolveSpeaker,
  salienceClock,
  type Salience,
} from "./speaker-salience.ts";
import { firstWordFrom, withoutPossessive, wordsOf, wordsSpan, type SentenceView, type Word } from "./words.ts";

/** What carries from paragraph to paragraph: the speakers met so far and where the last claim was. */
interface ArticleState {
  salience: Salience;
  /** Body-paragraph count at the last claim, so a floating quote only follows a recent turn. */
  lastClaimBody: number;
  body: number;
  /** A floating quote whose speaker the next sentence may name ("…, "We will win," Don said."). */
  pending?: Pending;
  /** A frame ending in a colon ("The minister said:") whose words are the next sentence or list items. */
  frame?: Frame;
  /** The sentence before and the recency clock when it started: the persons it named are refreshed as the next starts. */
  previous?: { words: readonly Word[]; clock: number };
}

interface Frame {
  draft: ClaimDraft;
  /** The frame's words came as bullet points: the next item is the speaker's too. */
  bullets: boolean;
}

interface Pending {
  paragraph: LaidOutParagraph;
  draft: ClaimDraft;
  /** The passage was left open (continued by the next one), so the next attribution names its speaker. */
  continued: boolean;
  /** The speaker of the turn before, for when no attribution follows. */
  previous?: string;
}

/**
 * Finds the attributed claims of an English news article: direct quotes with their speaker before or
 * after, split and floating quotes, reported speech with or without "that", trailing attributions
 * ("…, officials said") and "according to". Speakers are resolved through the article (pronouns,
 * surnames, titles, "the statement"). Headlines, bylines, captions and datelines are skipped.
 */
export function extractEnglishClaims(text: string): Claim[] {
  const state: ArticleState = { salience: createSalience(), lastClaimBody: -2, body: 0 };
  const claims: Claim[] = [];
  for (const paragraph of layOut(text, refineQuotes)) {
    const bullet = isBulletItem(text, paragraph.start, paragraph.end);
    if (state.frame?.bullets && !bullet) state.frame = undefined;
    if (paragraph.isHeading && !(bullet && state.frame)) continue;
    const found = paragraphClaims(text, paragraph, state);
    if (found.length > 0) state.lastClaimBody = state.body;
    append(claims, found);
    state.body++;
  }
  settlePending(text, state, undefined, claims);
  return claims;
}

/** claims.push(...more) without the spread: a paragraph (or sentence) of 150,000 claims would overflow the call stack. */
function append(claims: Claim[], more: readonly Claim[]): void {
  for (const claim of more) claims.push(claim);
}

/** English quotes: passages reopened after a stop are split, and UK single-quoted passages added. */
function refineQuotes(text: string, quotes: readonly QuoteSpan[], paragraphEnd: number, paragraphStart: number): QuoteSpan[] {
  return addSingleQuotes(text, splitReopenedQuotes(text, quotes, paragraphEnd), paragraphStart, paragraphEnd);
}

function paragraphClaims(text: string, paragraph: LaidOutParagraph, state: ArticleState): Claim[] {
  const claims: Claim[] = [];
  const used = new Set<number>();
  const bodyStart = skipDateline(text, paragraph.start, paragraph.end);
  for (const sentence of sentencesOf(text, paragraph)) {
    const start = Math.max(sentence.start, bodyStart);
    if (start >= sentence.end) continue;
    const view: SentenceView = { text, start, end: sentence.end, tokens: wordsOf(text, start, sentence.end, paragraph.quotes), quotes: paragraph.quotes };
    if (state.frame) {
      const framed = framedClaim(text, paragraph, view, state.frame, used);
      state.frame = state.frame.bullets ? state.frame : undefined;
      if (framed) {
        claims.push(framed);
        continue;
      }
    }
    if (state.previous) refreshKnownPersons(state.salience, state.previous.words, state.previous.clock);
    state.previous = { words: view.tokens, clock: salienceClock(state.salience) };
    noteNarratedPersons(view, state.salience);
    noteSubject(view, state.salience);
    const findings = attributeSentence(view, used);
    const accused = accusedNames(view);
    const built = findings.flatMap((finding) => buildClaim(text, paragraph, toDraft(view, finding, state.salience)) ?? []);
    settlePending(text, state, opensWithAttributedQuote(view, findings) ? built[0] : undefined, claims);
    append(claims, built);
    if (!findings.some((f) => f.statement)) noteIssuer(view, state.salience);
    if (accused) noteAccused(state.salience, accused);
    if (findings.length > 0) continue;
    const colon = colonQuote(view, used);
    if (colon) {
      const claim = buildClaim(text, paragraph, toDraft(view, colon, state.salience));
      if (claim) claims.push(claim);
      continue;
    }
    const frame = colonFrame(view);
    if (frame) {
      state.frame = { draft: toDraft(view, frame, state.salience), bullets: false };
      continue;
    }
    const floating = floatingQuote(view, used);
    if (!floating) {
      // Only right after a turn in the same paragraph: the fragment's "I" is that speaker.
      const fragment = claims.length > 0 ? firstPersonFragment(view, used) : undefined;
      const claim = fragment && buildClaim(text, paragraph, toDraft(view, fragment, state.salience));
      if (claim) claims.push(claim);
      continue;
    }
    const recent = claims.length > 0 || state.lastClaimBody >= state.body - 1;
    const continued = !view.quotes[view.tokens[0]!.quote]!.closed;
    state.pending = { paragraph, draft: toDraft(view, floating, state.salience), continued, previous: recent ? lastSpeaker(state.salience) : undefined };
  }
  return claims;
}

/** The words a colon frame introduced: the frame's speaker and cue, this sentence's content (`en.colon-frame.next`). */
function framedClaim(text: string, paragraph: LaidOutParagraph, view: SentenceView, frame: Frame, used: Set<number>): Claim | undefined {
  const content = framedContent(view);
  if (!content) return undefined;
  const bullet = isBulletItem(text, paragraph.start, paragraph.end);
  frame.bullets = bullet;
  if (view.tokens[0]!.quote >= 0) used.add(view.tokens[0]!.quote);
  return buildClaim(text, paragraph, { ...frame.draft, start: content.start, end: content.end, kind: content.kind });
}

function sentencesOf(text: string, paragraph: LaidOutParagraph) {
  const sentences = joinBrandExclamations(text, paragraph.sentences);
  return joinQuestionFrames(text, splitAtWordAbbreviations(text, sentences, paragraph.quotes), paragraph.quotes);
}

/** The sentence opens with a quote attributed right after it (`"…," Don told the radio.`), its speaker named there. */
function opensWithAttributedQuote(view: SentenceView, findings: readonly Finding[]): boolean {
  const first = findings[0];
  const word = view.tokens[0];
  if (!first || !word || word.quote < 0 || first.speaker === "previous" || first.rule !== "en.quote-then-cue") return false;
  return view.quotes[word.quote]!.contentStart === first.start;
}

/**
 * Gives a waiting floating quote its speaker: the one named by the next sentence's attribution
 * (`next`) when the passage was continued into it or no earlier turn is near; else the previous
 * speaker; with neither, the quote is not claimed rather than given a guessed speaker.
 */
function settlePending(text: string, state: ArticleState, next: Claim | undefined, claims: Claim[]): void {
  const pending = state.pending;
  if (!pending) return;
  state.pending = undefined;
  let draft: ClaimDraft | undefined;
  if (next && (pending.continued || pending.previous === undefined)) {
    draft = { ...pending.draft, speaker: next.speaker, speakerMention: next.speakerMention, cue: next.cue, rule: "en.floating-quote.next-turn" };
  } else if (pending.previous !== undefined) {
    draft = { ...pending.draft, speaker: pending.previous };
  }
  const claim = draft && buildClaim(text, pending.paragraph, draft);
  if (claim) claims.push(claim);
}

const MAX_CONTENT_WORDS = 60;

const SUBJECT_JOINERS = new Set(["the", "a", "an", "of", "for", "and", "de"]);

/**
 * Keys of the names a finding's content mentions after its subject ("it intends to sue [Menatep]"):
 * the speaker is not one of them. The content's own subject is left out: in "Acme will close, the
 * company said" Acme is the speaker. A bounded window: contents may be long.
 */
function contentKeys(view: SentenceView, finding: Finding): ContentNames {
  const keys = new Set<string>();
  const subjectKeys = new Set<string>();
  let inSubject = true;
  let seen = 0;
  for (let i = firstWordFrom(view.tokens, finding.start); i < view.tokens.length; i++) {
    const w = view.tokens[i]!;
    if (w.start >= finding.end || seen >= MAX_CONTENT_WORDS) break;
    seen++;
    const key = withoutPossessive(w.key);
    if (inSubject && (w.cap || SUBJECT_JOINERS.has(w.key))) {
      if (w.cap) subjectKeys.add(key);
      continue;
    }
    inSubject = false;
    if (w.cap) keys.add(key);
  }
  return { objects: keys, subject: subjectKeys };
}

function noteSubject(view: SentenceView, salience: Salience): void {
  const market = marketSubject(view);
  if (market) {
    const words = view.tokens.slice(market.first, market.last + 1);
    noteMention(salience, view.text.slice(words[0]!.start, words[words.length - 1]!.end), words, [], true);
    return;
  }
  const subject = sentenceSubject(view) ?? openingAppositiveName(view);
  // "St. Louis has grown": a place's given name ("Louis") would make it a "he".
  if (!subject || namesPlace(view.tokens, subject.first, subject.last) || opensWithGerund(view.tokens, subject.first)) return;
  const words = view.tokens.slice(subject.first, subject.last + 1);
  const descriptor = subject.descriptor ? view.tokens.slice(subject.descriptor.first, subject.descriptor.last + 1) : [];
  noteMention(salience, view.text.slice(words[0]!.start, words[words.length - 1]!.end), words, descriptor);
  const coordinated = coordinatedSubjectEnd(view, subject);
  if (coordinated !== undefined) notePluralSubject(salience, view.text.slice(words[0]!.start, view.tokens[coordinated]!.end));
}

/** A narration sentence's named subjects ("…, skipper Wade Bassi has …"), so a later "he said" can mean them. */
function noteNarratedPersons(view: SentenceView, salience: Salience): void {
  for (const phrase of narratedSubjects(view)) {
    const words = view.tokens.slice(phrase.first, phrase.last + 1);
    noteNarratedPerson(salience, view.text.slice(words[0]!.start, words[words.length - 1]!.end), words);
  }
}

/** "Acme issued a statement …", "Acme sent a letter …": a later "the statement said", "the letter read" is Acme's (`en.statement.issuer`). */
function noteIssuer(view: SentenceView, salience: Salience): void {
  const issued = issuedDocument(view);
  if (!issued) return;
  const { issuer, noun } = issued;
  const words = view.tokens;
  const descriptor = issuer.descriptor ? words.slice(issuer.descriptor.first, issuer.descriptor.last + 1) : [];
  const text = wordsSpan(view, issuer.first, issuer.last).text;
  noteStatementIssuer(salience, noun, text, words.slice(issuer.first, issuer.last + 1), descriptor, deniesAllegations(view, issuer));
}

function toDraft(view: SentenceView, finding: Finding, salience: Salience): ClaimDraft {
  const { text: article, tokens: words } = view;
  let speaker = lastSpeaker(salience) ?? "";
  let mention = spanOf(article, finding.cue.start, finding.cue.start);
  if (finding.speaker !== "previous") {
    const phrase = finding.speaker;
    mention = wordsSpan(view, phrase.first, phrase.last);
    const descriptor = phrase.descriptor ? words.slice(phrase.descriptor.first, phrase.descriptor.last + 1) : [];
    const spoken = words.slice(phrase.first, phrase.last + 1);
    const denier = deniesAllegations(view, phrase) ? resolveDenier(salience, spoken, descriptor) : undefined;
    speaker = denier ?? resolveSpeaker(salience, mention.text, spoken, descriptor, contentKeys(view, finding));
  }
  if (finding.statement) noteStatement(salience);
  return {
    speaker,
    speakerMention: mention,
    cue: spanOf(article, finding.cue.start, finding.cue.end),
    kind: finding.kind,
    start: finding.start,
    end: finding.end,
    rule: finding.rule,
  };
}
