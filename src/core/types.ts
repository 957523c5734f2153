/** A piece of the article: `text === article.slice(start, end)` (UTF-16 offsets). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type ClaimKind = "direct" | "indirect" | "mixed";

/** A source's gender: masculine or feminine. */
export type Gender = "m" | "f";

/**
 * Gender and number as an Arabic verb agrees with its subject: "p" is a plural (or dual) subject
 * ("وقال المحتجون", "وعبروا"). English keeps number apart, so its sources have a plain Gender.
 */
export type GenderNumber = Gender | "p";

/**
 * A source the article quotes, as both languages' coreference keeps it: the name a reader would give,
 * the matching keys of its name words (for surname and fuller-name matches) and its gender when known
 * (`G`: Gender, or GenderNumber where verbs agree in number too). Each language extends it with what its
 * sieves need (English role heads, Arabic title keys).
 */
export interface SourceEntity<G extends GenderNumber = Gender> {
  display: string;
  nameKeys: string[];
  gender?: G;
}

/** A W3C TextQuoteSelector: enough context to find the claim again if the article changes. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** One attributed claim: who said what, with which cue, where in the article. */
export interface Claim {
  /** Stable: the same claim in the same text gets the same id on every run. */
  id: string;
  /** Who stands behind the claim, resolved as a reader would (full name when the article gives it). */
  speaker: string;
  /** The words at the cue that name the speaker; empty text (start === end) when implicit. */
  speakerMention: Span;
  /** The reporting verb or phrase as written. */
  cue: Span;
  kind: ClaimKind;
  /** The claim content; `text === article.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) that holds the claim. */
  paragraph: number;
  quote: QuoteSelector;
  /** Which rule found it, for debugging and tests. */
  rule: string;
}

export type Language = "ar" | "en";

export interface ExtractOptions {
  /** The article's language; detected from the script when absent. */
  language?: Language;
}
