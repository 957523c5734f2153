import { z } from "zod";

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
export const optionalOf = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" ? v.trim() || undefined : v), schema.optional());

/**
 * A path on this site to go back to (`?next=`): one leading slash, not "//" or "/\" (which
 * browsers treat as another host).
 */
export const LocalPathSchema = z
  .string()
  .regex(/^\/(?![/\\])/)
  .max(2000);

/** A whole number typed in a form: a string of digits (not an array or object that happens to coerce). */
export const wholeNumber = () => z.string().pipe(z.coerce.number<string>().int().positive());

/** The claim version a form was loaded from (a hidden field). */
export const VersionSchema = wholeNumber();

/** Fields any form may carry besides its own, left to their middleware: the CSRF token. */
export const TRANSPORT_FIELDS: readonly string[] = ["_csrf"];

/**
 * A form's fields as a strict object: a field the form does not have is an error (`unrecognized_keys`,
 * shown as "This form has fields it does not take") rather than silently dropped, since browsers
 * send only a form's own fields. The CSRF token, checked by its middleware, is set aside first.
 */
export const formObject = <S extends z.core.$ZodLooseShape>(shape: S) => z.preprocess(withoutTransportFields, z.strictObject(shape));

function withoutTransportFields(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const fields: Record<string, unknown> = { ...value };
  for (const name of TRANSPORT_FIELDS) delete fields[name];
  return fields;
}

/** A form that is only a button (re-extract, sign out): no fields of its own. */
export const ButtonFormSchema = formObject({});
