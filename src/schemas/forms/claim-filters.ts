import { z } from "zod";
import { STATUSES } from "../statuses.ts";
import { VERDICT_IDS } from "../verdict-ids.ts";
import { LIMITS } from "../limits.ts";

/** Status filter values: the workflow statuses plus the two states outside the workflow. */
export const STATUS_FILTERS = [...STATUSES, "dismissed", "orphaned"] as const;
/** Verdict filter values: the scale plus "none" for claims not given a verdict yet. */
export const VERDICT_FILTERS = [...VERDICT_IDS, "none"] as const;

const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

/** The article page's query string: claim filters, the page of the claim list, and the counts of a re-extraction just done. */
export const ArticleQuerySchema = z.object({
  verdict: z.preprocess(blankToUndefined, z.enum(VERDICT_FILTERS).optional()),
  status: z.preprocess(blankToUndefined, z.enum(STATUS_FILTERS).optional()),
  speaker: z.preprocess(blankToUndefined, z.string().max(LIMITS.speaker).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(1_000_000).optional()),
  added: z.coerce.number().int().nonnegative().optional(),
  matched: z.coerce.number().int().nonnegative().optional(),
  orphaned: z.coerce.number().int().nonnegative().optional(),
});

export type ArticleQuery = z.infer<typeof ArticleQuerySchema>;
export type ClaimFilters = Pick<ArticleQuery, "verdict" | "status" | "speaker">;
