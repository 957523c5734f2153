import { z } from "zod";
import { CalendarDateSchema, LANGUAGES } from "../article.ts";
import { WebUrlSchema } from "../evidence.ts";
import { LIMITS } from "../limits.ts";
import { formObject, optionalOf, optionalText, requiredText } from "./fields.ts";

/**
 * The article import form. The text comes pasted (`text`) or as an uploaded file, checked by the
 * route (size, encoding, one or the other); `language` "auto" means detect it from the text.
 */
export const ImportFormSchema = formObject({
  title: requiredText(LIMITS.title),
  sourceUrl: optionalOf(WebUrlSchema),
  publisher: optionalText(LIMITS.publisher),
  publishedAt: optionalOf(CalendarDateSchema),
  language: z.enum(["auto", ...LANGUAGES]).default("auto"),
  text: z.string().default(""),
});

export type ImportForm = z.infer<typeof ImportFormSchema>;
