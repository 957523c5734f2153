import type { Claim, ClaimKind, Span } from "./types.ts";
import { isSpace } from "./text/normalize.ts";
import type { Paragraph } from "./text/paragraphs.ts";

/** What a language's rules find: offsets and names; `buildClaim` turns it into a Claim. */
export interface ClaimDraft {
  speaker: string;
  speakerMention: Span;
  cue: Span;
  kind: ClaimKind;
  start: number;
  end: number;
  rule: string;
}

const CONTEXT = 32;
const LEADING_JUNK = /[:،,؛;\-–—]/;
const TRAILING_JUNK = /[,،.؛;:\-–—]/;

/** Trims spaces and stray punctuation off a content range, then fills in id, text, paragraph and quote selector. */
export function buildClaim(article: string, paragraph: Paragraph, draft: ClaimDraft): Claim | undefined {
  let start = draft.start;
  let end = draft.end;
  while (start < end && (isSpace(article[start]) || LEADING_JUNK.test(article[start]!))) start++;
  while (end > start && (isSpace(article[end - 1]) || TRAILING_JUNK.test(article[end - 1]!))) end--;
  // "(The company said the weather was to blame.)": a bracket closing outside the content is not part of it.
  if (article[end - 1] === ")" && !article.slice(start, end).includes("(")) {
    end--;
    while (end > start && (isSpace(article[end - 1]) || TRAILING_JUNK.test(article[end - 1]!))) end--;
  }
  if (end <= start) return undefined;
  const exact = article.slice(start, end);
  const quote = {
    exact,
    prefix: article.slice(Math.max(0, start - CONTEXT), start),
    suffix: article.slice(end, end + CONTEXT),
  };
  return {
    id: claimId(quote.prefix, exact, quote.suffix),
    speaker: draft.speaker,
    speakerMention: draft.speakerMention,
    cue: draft.cue,
    kind: draft.kind,
    text: exact,
    start,
    end,
    paragraph: paragraph.index,
    quote,
    rule: draft.rule,
  };
}

/** A span of the article: `{ text: article.slice(start, end), start, end }`. */
export function spanOf(article: string, start: number, end: number): Span {
  return { text: article.slice(start, end), start, end };
}

/** A stable id from the claim's text and its context, so it survives edits elsewhere in the article. */
function claimId(prefix: string, exact: string, suffix: string): string {
  const input = `${prefix}\u0000${exact}\u0000${suffix}`;
  return `c${fnv1a(input, 0x811c9dc5).toString(36)}${fnv1a(input, 0x01000193).toString(36)}`;
}

function fnv1a(input: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
