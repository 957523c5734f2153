import { buildClaim, spanOf, type ClaimDraft } from "../build-claim.ts";
import type { Claim } from "../types.ts";
import { layOut, type LaidOutParagraph } from "../text/layout.ts";
import { countWords, tokenize, type Token } from "../text/tokens.ts";
import type { Attribution } from "./attribution.ts";
import { clauseEnd } from "./clause-end.ts";
import { followsContrast } from "./contrast.ts";
import { classifyContent } from "./content.ts";
import { accordingToAttributions, relayedAttributions, statementAttributions } from "./nominal-claims.ts";
import { cameOnTheTongueAttributions } from "./on-the-tongue-of.ts";
import { inTheWordsOfAttributions } from "./in-the-words-of.ts";
import { floatingQuote, isSetOff, quoteThenCue } from "./quote-claims.ts";
import { isNestedReport } from "./relative-report.ts";
import type { SentenceView } from "./sentence-view.ts";
import { SpeakerRegistry, type Entity } from "./speaker-registry.ts";
import { verbAttributions } from "./verb-claims.ts";
import type { CueForm } from "./lexicon-index.ts";
import { resolvePhrase } from "./resolve-phrase.ts";
import { rememberStatementIssuer } from "./statement-issuer.ts";
import { subjectOfOtherVerb } from "./verb-subject.ts";
import { endUnclosedQuotesAtNarrator } from "./unclosed-quote.ts";

const MIN_CONTENT_WORDS = 2;
const FLOATING_REACH = 2;

/** Finds the attributed claims of an Arabic article (see extractClaims). */
export function extractArabicClaims(text: string): Claim[] {
  const registry = new SpeakerRegistry();
  const claims: Claim[] = [];
  const speakers: Entity[] = [];
  let last: { speaker: Entity; paragraph: number } | undefined;
  for (const paragraph of layOut(text)) {
    if (paragraph.isHeading) continue;
    const tokens = tokenize(text, paragraph.start, paragraph.end);
    for (const view of sentenceViews(text, paragraph, tokens)) {
      const attributions = sentenceAttributions(view, registry, claims, last, paragraph.index);
      const bounds = boundsOf(view, attributions);
      for (const [i, attribution] of attributions.entries()) {
        const nested = bounds[i]!.nested;
        const claim = finish(view, paragraph, attribution, nextCueAfter(attribution, nested, attributions, bounds, view.end), claims, nested);
        if (!claim) continue;
        claims.push(claim);
        speakers.push(attribution.speaker);
        last = { speaker: attribution.speaker, paragraph: paragraph.index };
      }
    }
  }
  // A source named only later ("المتحدث باسم الجيش" … "المتحدث باسم الجيش العميد فلان") gets its name on every claim.
  return claims.map((claim, i) => (speakers[i]!.display === claim.speaker ? claim : { ...claim, speaker: speakers[i]!.display }));
}

/**
 * Each sentence with its words and the quotes opened in it. Sentences, words and quotes are all in text
 * order, so one cursor each walks the paragraph once: filtering the paragraph's quotes for every sentence
 * was quadratic in a paragraph of many quoted sentences. One view at a time, as the rules read them: a
 * paragraph of thousands of sentences never holds all its views at once (the collector copied them all).
 */
export function* sentenceViews(text: string, paragraph: Pick<LaidOutParagraph, "sentences" | "quotes">, tokens: Token[]): Generator<SentenceView> {
  const { quotes } = paragraph;
  let from = 0;
  let q = 0;
  for (const s of paragraph.sentences) {
    while (from < tokens.length && tokens[from]!.start < s.start) from++;
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= s.end) to++;
    while (q < quotes.length && quotes[q]!.open < s.start) q++;
    let after = q;
    while (after < quotes.length && quotes[after]!.open < s.end) after++;
    yield endUnclosedQuotesAtNarrator({ text, start: s.start, end: s.end, tokens: tokens.slice(from, to), quotes: quotes.slice(q, after) });
    from = to;
    q = after;
  }
}

/** Every attribution of one sentence, in text order; trailing "بحسب…" only when nothing else attributes it. */
function sentenceAttributions(
  view: SentenceView,
  registry: SpeakerRegistry,
  claims: Claim[],
  last: { speaker: Entity; paragraph: number } | undefined,
  paragraph: number,
): Attribution[] {
  const other = subjectOfOtherVerb(view);
  if (other) resolvePhrase(view, other, headAgreement(other.words[0]!.key), registry);
  rememberStatementIssuer(view, registry);
  const relayed = relayedAttributions(view, registry);
  const verbs = verbAttributions(view, registry).filter((v) => !relayed.some((r) => r.contentStart === v.contentStart));
  const found = [...relayed, ...verbs, ...statementAttributions(view, registry), ...cameOnTheTongueAttributions(view, registry)];
  // A source phrase attributes the sentence unless a verb before it already does; it is still remembered.
  const sources = [...accordingToAttributions(view, registry), ...inTheWordsOfAttributions(view, registry)];
  found.push(
    ...sources
      .filter((s) => (s.rule === "ar.according-to.leading" ? found.length === 0 : !found.some((f) => f.cue.start <= s.cue.start)))
      .map((s) => wholeSentence(view, s)),
  );
  // "…، مشيرة أن…، «…» وفق ما جاء في الوثيقة": after another attribution, the source speaks for its quotation only.
  found.push(...sources.filter((s) => s.rule === "ar.according-to.after-quote" && found.some((f) => f.cue.start < s.cue.start)));
  for (const quote of view.quotes) {
    // "…، «…» يعلق فلان": a quotation set off inside another claim's reach still takes the cue after it.
    const covered = found.some((a) => a.contentStart <= quote.open && quote.open <= (a.contentEnd ?? view.end));
    if (covered && (!isSetOff(view, quote) || found.some((a) => a.contentStart === quote.open))) continue;
    const after = quoteThenCue(view, quote, registry);
    if (covered && !after?.mention) continue; // "…، «…»، على حد قوله" stays in the claim around it
    const floating = !after && last && paragraph - last.paragraph <= FLOATING_REACH && claims.length > 0 ? floatingQuote(view, quote, last.speaker) : undefined;
    const attribution = after ?? floating;
    if (attribution) found.push(attribution);
  }
  found.sort((a, b) => a.cue.start - b.cue.start);
  keepSpeakerBeforeChannel(found, sources, registry);
  // "استنكر العلماء…، مؤكدين…، مشيرين…": each participle takes the speaker its predecessor ended with, so a chain holds.
  const chained: Attribution[] = [];
  for (const a of found) {
    const previous = chained.at(-1);
    chained.push(a.rule.startsWith("ar.participle") && previous && agrees(previous.speaker, a.speaker) ? { ...a, speaker: previous.speaker } : a);
  }
  return chained;
}

/**
 * "وقال فلان، وفق بيان صادر عن مكتبه، إن…", "وقال الوزير، بحسب صحيفة «…»، إن…": a source named between a
 * speaker and the words is the channel they came through; the speaker stays the one a later "وأضاف" means.
 */
function keepSpeakerBeforeChannel(found: readonly Attribution[], sources: readonly Attribution[], registry: SpeakerRegistry): void {
  for (const channel of sources) {
    if (found.includes(channel)) continue;
    const spoken = found.filter((a) => a.cue.start < channel.cue.start && channel.cue.start < a.contentStart).at(-1);
    if (spoken) registry.spoke(spoken.speaker);
  }
}

/** "X، "…" حسب نفس المصدر": with no other attribution in the sentence, a source after a quotation speaks for the whole sentence. */
function wholeSentence(view: SentenceView, source: Attribution): Attribution {
  return source.rule === "ar.according-to.after-quote"
    ? { ...source, contentStart: view.start, contentEnd: source.cue.start, rule: "ar.according-to.trailing" }
    : source;
}

function finish(view: SentenceView, paragraph: LaidOutParagraph, attribution: Attribution, limit: number, claims: Claim[], nested: boolean): Claim | undefined {
  const end = attribution.contentEnd ?? clauseEnd(view, attribution.contentStart, limit);
  const content = classifyContent(view, attribution.contentStart, end, attribution.rule.endsWith(".quote"));
  if (countWords(view.text, content.start, content.end, MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS) return undefined;
  if (!nested && overlapsEarlier(claims, content.start, content.end, view.start)) return undefined;
  const draft: ClaimDraft = {
    speaker: attribution.speaker.display,
    speakerMention: attribution.mention ?? spanOf(view.text, attribution.cue.start, attribution.cue.start),
    cue: attribution.cue,
    kind: content.kind,
    start: content.start,
    end: content.end,
    rule: attribution.rule,
  };
  return buildClaim(view.text, paragraph, draft);
}

/**
 * Where an attribution begins (its subject after a contrast marker, else its cue), whether it nests in a
 * relative clause, and where the earliest of it and the attributions after it begins.
 */
export interface Bound {
  start: number;
  nested: boolean;
  earliestFromHere: number;
}

/** The bounds of a sentence's attributions (in cue order). */
function boundsOf(view: SentenceView, attributions: readonly Attribution[]): Bound[] {
  return withEarliestStarts(attributions.map((a) => boundOf(view, a)));
}

/** Sets each bound's earliestFromHere: the earliest start among it and the bounds after it. */
export function withEarliestStarts(bounds: Bound[]): Bound[] {
  for (let i = bounds.length - 2; i >= 0; i--) bounds[i]!.earliestFromHere = Math.min(bounds[i]!.start, bounds[i + 1]!.earliestFromHere);
  return bounds;
}

function boundOf(view: SentenceView, attribution: Attribution): Bound {
  const { mention, cue } = attribution;
  const contrasted = mention !== undefined && mention.start < cue.start && followsContrast(view, mention.start); // "، لكن الوزارة أكدت"
  // "«…» يعلق فلان": a claim whose quotation comes before its cue begins at the quotation.
  const start = contrasted ? mention.start : Math.min(cue.start, attribution.contentStart);
  return { start, nested: isNestedReport(view, attribution), earliestFromHere: start };
}

/**
 * Where the content of an attribution ends at the latest: where the next attribution in the sentence
 * begins. A report nested in a relative clause ("…التي قال إنها…") does not end the claim around it.
 * `all` is in cue order: the walk starts at the first cue after the content starts and stops once no
 * later attribution can begin before the limit found, so a sentence of thousands of cues stays linear.
 */
export function nextCueAfter(attribution: Attribution, nested: boolean, all: readonly Attribution[], bounds: readonly Bound[], sentenceEnd: number): number {
  let limit = sentenceEnd;
  for (let i = firstCueAfter(all, attribution.contentStart); i < all.length; i++) {
    const other = all[i]!;
    const bound = bounds[i]!;
    if (other.cue.start >= limit && bound.earliestFromHere >= limit) break;
    if (bound.nested && !nested) continue;
    limit = Math.min(limit, bound.start > attribution.contentStart ? bound.start : other.cue.start);
  }
  return limit;
}

/** Index of the first attribution whose cue starts after `offset` (attributions in cue order): a binary search. */
function firstCueAfter(all: readonly Attribution[], offset: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]!.cue.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sentence of news prose holds a few claims; hostile text can hold thousands, and each is compared with those before it. */
export const MAX_CLAIMS_COMPARED = 64;

/**
 * Whether [start, end) overlaps a claim already found in this sentence. Claims come in text order and
 * end inside their sentence, so the walk back stops at the first claim ending before the sentence:
 * a paragraph of thousands of claims stays linear. Within one sentence only the MAX_CLAIMS_COMPARED
 * latest are compared, so a sentence of thousands of cues stays linear too.
 */
export function overlapsEarlier(claims: readonly Claim[], start: number, end: number, sentenceStart: number): boolean {
  const oldest = Math.max(0, claims.length - MAX_CLAIMS_COMPARED);
  for (let i = claims.length - 1; i >= oldest && claims[i]!.end > sentenceStart; i--) {
    if (claims[i]!.start < end && start < claims[i]!.end) return true;
  }
  return false;
}

/** The agreement of a subject met outside a cue, read from its head: "الوزيرة", "الجمعية", "السلطات" are feminine. */
function headAgreement(key: string): CueForm {
  return { row: { gloss: "other verb", past: "", present: "" }, gender: /(ه|ات)$/.test(key) ? "f" : "m", tense: "past" };
}

/** A participle speaks for the sentence's previous speaker unless their gender disagrees ("قال الوزير …، مبينةً" is someone else). */
function agrees(previous: Entity, participleSpeaker: Entity): boolean {
  return (
    previous.gender === undefined || participleSpeaker.gender === undefined || participleSpeaker === previous || previous.gender === participleSpeaker.gender
  );
}
