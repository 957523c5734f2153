import { z } from "zod";
import { CalendarDateSchema, LANGUAGES } from "../article.ts";
import { STATUSES } from "../statuses.ts";
import { VERDICT_FILTERS } from "./claim-filters.ts";

/** The longest search text, and the most words it may hold (every word must match, so more only narrows to nothing). */
export const SEARCH_LIMITS = { text: 200, words: 12 } as const;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/**
 * The search page's query string (GET /search, GET /api/search): words to find, filters, and the
 * page of results. A blank filter means "any"; a repeated parameter (an array) is invalid, as is
 * a date range that ends before it starts. Parameters the page does not take are ignored.
 */
export const SearchQuerySchema = z
  .object({
    q: z.preprocess((v) => (v === undefined ? "" : v), z.string().max(SEARCH_LIMITS.text, "tooLong")),
    verdict: optional(z.enum(VERDICT_FILTERS)),
    status: optional(z.enum(STATUSES)),
    language: optional(z.enum(LANGUAGES)),
    from: optional(CalendarDateSchema),
    to: optional(CalendarDateSchema),
    page: optional(
      z
        .string()
        .regex(/^\d{1,6}$/)
        .pipe(z.coerce.number<string>().int().min(1)),
    ),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "dateRangeReversed", path: ["to"] });

export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** The search's filters, as the pure search takes them (src/reports/search-claims.ts). */
export type SearchFilters = Pick<SearchQuery, "verdict" | "status" | "language" | "from" | "to">;
