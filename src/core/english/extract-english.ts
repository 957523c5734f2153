import { buildClaim, spanOf } from "../build-claim.ts";
import { layOut, type LaidOutParagraph } from "../text/layout.ts";
import type { Claim } from "../types.ts";
import { attributeSentence, type Finding } from "./attribute-sentence.ts";
import { skipDateline } from "./dateline.ts";
import { floatingQuotes } from "./floating-quote.ts";
import { splitAtWordAbbreviations } from "./sentence-ends.ts";
import { sentenceSubject } from "./speaker-phrase.ts";
import { createSalience, lastSpeaker, noteMention, noteStatement, resolveSpeaker, type Salience } from "./speaker-salience.ts";
import { wordsOf, type SentenceView } from "./words.ts";

/** What carries from paragraph to paragraph: the speakers met so far and where the last claim was. */
interface ArticleState {
  salience: Salience;
  /** Body-paragraph count at the last claim, so a floating quote only follows a recent turn. */
  lastClaimBody: number;
  body: number;
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
  for (const paragraph of layOut(text)) {
    if (paragraph.isHeading) continue;
    claims.push(...paragraphClaims(text, paragraph, state));
    state.body++;
  }
  return claims;
}

function paragraphClaims(text: string, paragraph: LaidOutParagraph, state: ArticleState): Claim[] {
  const claims: Claim[] = [];
  const used = new Set<number>();
  const bodyStart = skipDateline(text, paragraph.start, paragraph.end);
  for (const sentence of splitAtWordAbbreviations(text, paragraph.sentences, paragraph.quotes)) {
    const start = Math.max(sentence.start, bodyStart);
    if (start >= sentence.end) continue;
    const view: SentenceView = { article: text, start, end: sentence.end, words: wordsOf(text, start, sentence.end, paragraph.quotes), quotes: paragraph.quotes };
    noteSubject(view, state.salience);
    const findings = attributeSentence(view, used);
    const recent = claims.length > 0 || state.lastClaimBody >= state.body - 1;
    if (findings.length === 0 && recent && lastSpeaker(state.salience)) findings.push(...floatingQuotes(view, used));
    for (const finding of findings) {
      const claim = buildClaim(text, paragraph, toDraft(view, finding, state.salience));
      if (claim) claims.push(claim);
    }
  }
  if (claims.length > 0) state.lastClaimBody = state.body;
  return claims;
}

function noteSubject(view: SentenceView, salience: Salience): void {
  const subject = sentenceSubject(view);
  if (!subject) return;
  const words = view.words.slice(subject.first, subject.last + 1);
  noteMention(salience, view.article.slice(words[0]!.start, words[words.length - 1]!.end), words);
}

function toDraft(view: SentenceView, finding: Finding, salience: Salience) {
  const { article, words } = view;
  let speaker = lastSpeaker(salience) ?? "";
  let mention = spanOf(article, finding.cueStart, finding.cueStart);
  if (finding.speaker !== "previous") {
    const phrase = finding.speaker;
    mention = spanOf(article, words[phrase.first]!.start, words[phrase.last]!.end);
    const descriptor = phrase.descriptor ? words.slice(phrase.descriptor.first, phrase.descriptor.last + 1) : [];
    speaker = resolveSpeaker(salience, mention.text, words.slice(phrase.first, phrase.last + 1), descriptor);
  }
  if (finding.statement) noteStatement(salience);
  return {
    speaker,
    speakerMention: mention,
    cue: spanOf(article, finding.cueStart, finding.cueEnd),
    kind: finding.kind,
    start: finding.start,
    end: finding.end,
    rule: finding.rule,
  };
}
