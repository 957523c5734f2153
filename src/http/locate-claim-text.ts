import type { TextRange } from "../domain/anchor-quote.ts";
import { locateText } from "../domain/locate-text.ts";
import { fieldError, type FieldErrors } from "./form-errors.ts";

/**
 * Finds the words a person typed in the article text. With several occurrences it takes the
 * `occurrence`-th (1-based) or, when `near` is given, the one closest to that offset; otherwise it
 * asks which. Errors are for the form field `field`.
 */
export function locateClaimText(
  articleText: string,
  words: string,
  field: string,
  choice: { occurrence?: number; near?: number },
): { range: TextRange } | { errors: FieldErrors } {
  const found = locateText(articleText, words);
  const count = found.length;
  if (count === 0) return { errors: fieldError(field, "notInArticle") };
  if (choice.occurrence !== undefined) {
    const range = found[choice.occurrence - 1];
    return range ? { range } : { errors: fieldError("occurrence", "noSuchOccurrence", { count }) };
  }
  if (choice.near !== undefined) {
    const near = choice.near;
    return { range: found.reduce((best, r) => (Math.abs(r.start - near) < Math.abs(best.start - near) ? r : best)) };
  }
  return count === 1 ? { range: found[0]! } : { errors: fieldError("occurrence", "ambiguous", { count }) };
}
