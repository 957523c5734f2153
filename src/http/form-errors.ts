import type { z } from "zod";
import type { Params } from "../i18n/translate.ts";

/** A message for one form field: an `errors.*` key and its placeholders. */
export interface FieldError {
  key: string;
  params: Params;
}

/** Form errors by field path ("title", "evidence.0.url"); the first problem of each field wins. */
export type FieldErrors = Record<string, FieldError>;

/**
 * Turns zod issues into messages beside form fields. Schemas name their own messages with a
 * key (`"required"`, `"invalidUrl"`); zod's built-in messages are mapped from the issue code.
 */
export function formErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.join(".");
    errors[path] ??= /^\w+$/.test(issue.message) ? { key: issue.message, params: {} } : fromCode(issue);
  }
  return errors;
}

/** One field error, for checks made outside zod (text not found in the article…). */
export function fieldError(path: string, key: string, params: Params = {}): FieldErrors {
  return { [path]: { key, params } };
}

function fromCode(issue: z.core.$ZodIssue): FieldError {
  switch (issue.code) {
    case "too_big":
      return { key: issue.origin === "array" ? "tooMany" : "tooLong", params: { max: Number(issue.maximum) } };
    case "too_small":
      return { key: "required", params: {} };
    case "invalid_format":
      return { key: issue.format === "url" ? "invalidUrl" : issue.format === "date" ? "invalidDate" : "invalid", params: {} };
    case "invalid_value":
      return { key: "invalidChoice", params: {} };
    case "unrecognized_keys":
      return { key: "unknownFields", params: { fields: issue.keys.join(", ") } };
    default:
      return { key: "invalid", params: {} };
  }
}
