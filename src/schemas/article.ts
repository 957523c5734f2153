import { z } from "zod";
import { ClaimRecordSchema, type ClaimRecord } from "./claim-record.ts";
import { WebUrlSchema } from "./evidence.ts";
import { LIMITS } from "./limits.ts";

export const LANGUAGES = ["ar", "en"] as const;

/** A calendar date, YYYY-MM-DD, that exists. */
export const CalendarDateSchema = z.iso.date();

/**
 * An imported article. `text` is stored exactly as received and never changed: every claim's
 * offsets point into it, which the schema checks.
 */
export const ArticleSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1).max(LIMITS.title),
    sourceUrl: WebUrlSchema.optional(),
    /** The address the page names as its own (`<link rel=canonical>`), when imported from a page. */
    canonicalUrl: WebUrlSchema.optional(),
    publisher: z.string().max(LIMITS.publisher).optional(),
    byline: z.string().max(LIMITS.title).optional(),
    publishedAt: CalendarDateSchema.optional(),
    /** When the page was fetched from `sourceUrl` (ClaimReview `itemReviewed.appearance`). */
    retrievedAt: z.iso.datetime().optional(),
    language: z.enum(LANGUAGES),
    text: z.string(),
    importedAt: z.iso.datetime(),
    extractedAt: z.iso.datetime(),
    claims: z.array(ClaimRecordSchema),
    /** The account asked to review the whole article; a claim's own assignee takes precedence. */
    assignee: z.string().min(1).optional(),
  })
  .superRefine((article, ctx) => {
    const seen = new Set<string>();
    article.claims.forEach((claim, i) => {
      const problem = claimProblem(article.text, claim, seen);
      if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["claims", i] });
      seen.add(claim.id);
    });
  });

function claimProblem(text: string, claim: ClaimRecord, seen: Set<string>): string | null {
  if (seen.has(claim.id)) return `duplicate claim id ${claim.id}`;
  if (claim.start > claim.end || claim.end > text.length) return "offsets outside the article text";
  if (text.slice(claim.start, claim.end) !== claim.text) return "claim text does not match the article at its offsets";
  return null;
}

export type Article = z.infer<typeof ArticleSchema>;
export type Language = Article["language"];
