import { EN_FINITE_MARKERS } from "../lexicon/en-speaker-words.ts";
import type { Cue } from "./find-cues.ts";
import { subjectAfter, subjectBefore, type SpeakerPhrase } from "./speaker-phrase.ts";
import { afterListener, skipAdjuncts } from "./reported-speech.ts";
import { gapBefore, gapHolds, type SentenceView } from "./words.ts";

/** A quoted passage attached to a cue, with the speaker phrase found next to the cue (none for a bare "…," he added? never: pronouns count). */
export interface QuoteAttachment {
  quote: number;
  speaker?: SpeakerPhrase;
  /** Index of the first word after the attribution frame (where a split quote may resume). */
  frameEnd: number;
  /** `said, "We are relieved" at the news`: unquoted words go on with the same content after the quote. */
  runsOn?: boolean;
}

const MAX_FRAME_WORDS = 14;

/** `"…," the minister said` / `"…," said Jane Poll, a spokeswoman`: the quote just before the cue's frame. */
export function quoteBeforeCue(view: SentenceView, cue: Cue): QuoteAttachment | undefined {
  const words = view.tokens;
  let p = cue.first - 1;
  while (p >= 0 && words[p]!.quote < 0 && cue.first - p <= MAX_FRAME_WORDS + 1) p--;
  if (p < 0 || words[p]!.quote < 0 || cue.first - p - 1 > MAX_FRAME_WORDS) return undefined;
  const quote = words[p]!.quote;
  if (!(endsUtterance(view, quote) || unpunctuatedTurn(view, p, cue)) || !opensClause(view, quote)) return undefined;
  const ceiling = nextQuoteWord(view, cue.last + 1);
  if (p + 1 === cue.first) {
    if (cue.lemma === "tell") return undefined;
    const speaker = subjectAfter(view, cue.last, ceiling);
    if (!speaker) return undefined;
    return { quote, speaker, frameEnd: Math.max(speaker.descriptor?.last ?? 0, speaker.last) + 1 };
  }
  const speaker = subjectBefore(view, cue.first, p + 1);
  // `"…," her mother, Fiona, said`: the name in apposition is the speaker; the frame opens with its description.
  if (
    !speaker ||
    Math.min(speaker.first, speaker.descriptor?.first ?? speaker.first) > p + 2 ||
    (gapBefore(view, p + 1).includes(".") && !gapHolds(view, p + 1, ",?!"))
  )
    return undefined;
  return { quote, speaker, frameEnd: afterListener(view, cue) };
}

/** `X said: "…"` / `X said, "…"` / `X said "…"`: the quote right after the cue (its listener and adjuncts allowed before a colon). */
export function quoteAfterCue(view: SentenceView, cue: Cue, floor: number): QuoteAttachment | undefined {
  const words = view.tokens;
  const from = afterListener(view, cue);
  const q = nextQuoteWord(view, from);
  if (q >= words.length || q - from > 8) return undefined;
  const gap = gapBefore(view, q);
  const adjacent = q === cue.last + 1 || q === from;
  if (!/[:,]/.test(gap) && !(adjacent && gap.trim().length <= 1)) return undefined;
  // `said in a statement, "…"`: an adjunct may stand between the cue and the comma before the quote.
  const adjunct = q > from && /,/.test(gap) && skipAdjuncts(view, from) === q;
  if (q > from && !/:/.test(gap) && !adjunct) return undefined;
  const quoteSpan = view.quotes[words[q]!.quote]!;
  // The quote must end the sentence (else it is a fragment inside reported speech), or go on in words of
  // the same clause right after its closing mark (`said, "We are relieved" at the news, adding …`).
  const rest = view.text.slice(quoteSpan.close + 1, view.end).trim();
  // A quote closing on its own punctuation (`"…," adding that`) ends its utterance; only an unpunctuated one runs on.
  const closesOpen = !/[,.;:!?…]['’]?$/.test(view.text.slice(quoteSpan.contentStart, quoteSpan.contentEnd).trimEnd());
  const runsOn = rest.length > 2 && !quoteEndsAttribution(rest) && /[,:]/.test(gap) && /^[a-z]/.test(rest) && closesOpen;
  if (rest.length > 2 && !quoteEndsAttribution(rest) && !runsOn) return undefined;
  const speaker = subjectBefore(view, cue.first, floor) ?? subjectAfter(view, cue.last, q);
  return { quote: words[q]!.quote, speaker, frameEnd: q, runsOn };
}

const MAX_FRAME_ADJUNCT = 6;

/**
 * After `"…," she said,` a second quoted passage in the same sentence continues the same turn; a short
 * adjunct may close the frame first (`"…," Reyes said of the verdict, "and we will appeal."`).
 */
export function continuedQuote(view: SentenceView, frameEnd: number): number | undefined {
  for (let k = frameEnd; k < view.tokens.length && k - frameEnd <= MAX_FRAME_ADJUNCT; k++) {
    const w = view.tokens[k]!;
    const gap = gapBefore(view, k);
    if (w.quote >= 0) return /[,.;:—–]/.test(gap) ? w.quote : undefined;
    if (k > frameEnd && /[.;:!?]/.test(gap)) return undefined;
  }
  return undefined;
}

/** The first quoted word within a short window after `from` (the window keeps long sentences linear); words.length if none. */
function nextQuoteWord(view: SentenceView, from: number): number {
  for (let i = from; i < view.tokens.length && i - from <= MAX_FRAME_WORDS; i++) if (view.tokens[i]!.quote >= 0) return i;
  return view.tokens.length;
}

function quoteEndsAttribution(rest: string): boolean {
  return /^[,.!?;:)\s]*$/.test(rest);
}

/**
 * A quoted utterance opens its clause: at the sentence start or after punctuation. After a word
 * ("a world that was "fractured, divided"", Mr Blair said) it is a fragment of reported words, and
 * the frame attributes the whole clause (a mixed claim).
 */
function opensClause(view: SentenceView, quote: number): boolean {
  const open = view.quotes[quote]!.open;
  let i = open - 1;
  while (i >= view.start && /\s/.test(view.text[i]!)) i--;
  if (i >= view.start && view.text[i] === "," && continuesMixedClause(view, quote)) return false;
  return i < view.start || /[,:;.!?—–(\-"“”]/.test(view.text[i]!);
}

const MAX_MIXED_LEAD = 40;
const FINITE = new Set(EN_FINITE_MARKERS);

/**
 * `The outages were "painful" and the firm is acting, but for now, "we take no risks," the CEO said.`: before
 * the comma the sentence already reports, a finite clause with a quoted fragment of its own; the last
 * quotation goes on with it, and the frame attributes the whole sentence (a mixed claim).
 */
function continuesMixedClause(view: SentenceView, quote: number): boolean {
  let fragment = false;
  let finite = false;
  // Words from the sentence start up to the quotation, at most MAX_MIXED_LEAD of them (a bounded look).
  for (let k = 0; k < view.tokens.length && k <= MAX_MIXED_LEAD; k++) {
    const w = view.tokens[k]!;
    if (w.quote === quote) return fragment && finite;
    if (w.quote >= 0) fragment = true;
    else if (FINITE.has(w.key)) finite = true;
  }
  return false;
}

const MIN_UNPUNCTUATED_WORDS = 4;
const MAX_UNPUNCTUATED_FRAME = 3;

/**
 * `"We have done nothing wrong" he said.`: copy that drops the comma inside the quote. Without punctuation a
 * quotation is still an utterance when it has a clause's length (titles and names are shorter) and a short
 * frame (the cue and its subject) follows it straight away.
 */
function unpunctuatedTurn(view: SentenceView, last: number, cue: Cue): boolean {
  if (cue.first - last - 1 > MAX_UNPUNCTUATED_FRAME) return false;
  const quote = view.tokens[last]!.quote;
  let count = 0;
  for (let k = last; k >= 0 && view.tokens[k]!.quote === quote && count < MIN_UNPUNCTUATED_WORDS; k--) count++;
  return count >= MIN_UNPUNCTUATED_WORDS;
}

/** `"…,"` `"…?"` `"…" —`: a quoted utterance ends in punctuation; a title ("The Hollow Pines" in Savannah) does not. */
function endsUtterance(view: SentenceView, quote: number): boolean {
  const q = view.quotes[quote]!;
  // `…going ahead?’”`: a nested quote closing with the outer one keeps the punctuation inside it.
  const inside = view.text
    .slice(q.contentStart, q.contentEnd)
    .trimEnd()
    .replace(/['’]+$/, "");
  const after = view.text.slice(q.close + 1, q.close + 3).trimStart();
  return /[,.?!…—–-]$/.test(inside) || /^[,—–-]/.test(after) || !q.closed || longOpeningQuote(view, q.open, inside);
}

const MIN_UNPUNCTUATED_QUOTE_WORDS = 6;

/** `"We have never seen traffic like that" Ortiz said.`: a long quote opening the sentence is an utterance even when its comma was lost. */
function longOpeningQuote(view: SentenceView, open: number, inside: string): boolean {
  // The frame after it opens with its speaker: a name or a pronoun ("…" Ortiz said), not a verb ("…" announced in May).
  const close = open + 1 + inside.length;
  if (view.text.slice(view.start, open).trim() !== "" || !/^[\s'’"”]*[A-Z]/.test(view.text.slice(close, close + 6))) return false;
  let words = 1;
  for (let i = 0; i < inside.length && words < MIN_UNPUNCTUATED_QUOTE_WORDS; i++) if (inside.charCodeAt(i) === 0x20) words++;
  return words >= MIN_UNPUNCTUATED_QUOTE_WORDS;
}
