import { z } from "zod";

/** A piece of the article: `text === article.slice(start, end)`; offsets are UTF-16 code units. */
export const SpanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** A W3C TextQuoteSelector: the claim's words plus context, to find it again. */
export const QuoteSelectorSchema = z.object({
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

/**
 * A claim as the extractor returns it (the `Claim` type of src/core; a test pins that the two agree).
 * Offsets are UTF-16 code units into the article text, `start` inclusive, `end` exclusive.
 */
export const ExtractedClaimSchema = z.object({
  id: z.string().min(1),
  speaker: z.string(),
  speakerMention: SpanSchema,
  cue: SpanSchema,
  kind: z.enum(["direct", "indirect", "mixed"]),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  quote: QuoteSelectorSchema,
  rule: z.string(),
});

export type Span = z.infer<typeof SpanSchema>;
export type QuoteSelector = z.infer<typeof QuoteSelectorSchema>;
export type ExtractedClaim = z.infer<typeof ExtractedClaimSchema>;
export type ClaimKind = ExtractedClaim["kind"];
/** The claim kinds, for forms and filters. */
export const CLAIM_KINDS = ExtractedClaimSchema.shape.kind.options;
