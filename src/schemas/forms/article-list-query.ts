import { z } from "zod";

/** Articles a page of the list shows, and the JSON list's default page size. */
export const ARTICLES_PER_PAGE = 50;
/** The most rows one page of the JSON list gives (`?limit=`). */
export const MAX_ARTICLES_PER_REQUEST = 200;
/** The highest page number taken: beyond any real store, small enough that page × limit stays exact. */
const MAX_PAGE = 1_000_000;

const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);
/** A whole number written plainly (digits only: no sign, fraction, exponent or repeat of the parameter), from `min` to `max`. */
const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{1,9}$/)
      .transform(Number)
      .pipe(z.number().int().min(min).max(max))
      .optional(),
  );

/** The article list page's query string: the page (other parameters are kept in the page links, not read). */
export const ArticleListQuerySchema = z.object({ page: wholeNumber(1, MAX_PAGE) });

/** The JSON list's query string: page and limit (rows a page), and the order (import order by default, so pages stay put as articles arrive). */
export const ArticleApiQuerySchema = z.object({
  page: wholeNumber(1, MAX_PAGE),
  limit: wholeNumber(1, MAX_ARTICLES_PER_REQUEST),
  order: z.preprocess(blankToUndefined, z.enum(["oldest", "newest"]).optional()),
});
