import type { z } from "zod";
import { StoreFileError } from "./store-file-error.ts";

/** How many schema problems to list before "and N more". */
const SHOWN_ISSUES = 5;

/**
 * Parses and validates the text of one store document (db.json or an article's file) against
 * `schema`. Throws StoreFileError naming `file` and saying what is wrong: empty, not JSON (with the
 * parser's position), or which fields break the schema.
 */
export function parseDocument<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S> {
  if (text.trim() === "") throw new StoreFileError(file, "the file is empty (expected a JSON object)");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StoreFileError(file, `not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new StoreFileError(file, `does not match the store schema: ${describeIssues(result.error.issues)}`);
  return result.data;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map((i) => `${i.path.join(".") || "(top level)"}: ${i.message}`);
  const more = issues.length > SHOWN_ISSUES ? ` (and ${issues.length - SHOWN_ISSUES} more)` : "";
  return shown.join("; ") + more;
}
