import { z } from "zod";
import { LIMITS } from "../limits.ts";

/**
 * Building blocks for form schemas. Error messages are keys of the interface strings
 * (`errors.*`), so the same check reads well in English and Arabic.
 */

/** A required line of text, trimmed. */
export const requiredText = (max: number) => z.string().trim().min(1, "required").max(max);

/** An optional line of text, trimmed; blank becomes undefined. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

/** An optional field that must match `schema` when filled in (trimmed); blank becomes undefined. */
export const optionalOf = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() || undefined : v), schema.optional());

/**
 * A path on this site to go back to (`?next=`): one leading slash, not "//" or "/\" (which
 * browsers treat as another host).
 */
export const LocalPathSchema = z.string().regex(/^\/(?![/\\])/).max(2000);

/** The claim version a form was loaded from (a hidden field). */
export const VersionSchema = z.coerce.number().int().positive();
