import { z } from "zod";
import { CalendarDateSchema, LANGUAGES } from "../article.ts";
import { WebUrlSchema } from "../evidence.ts";
import { LIMITS } from "../limits.ts";
import { formObject, optionalOf, optionalText, requiredText } from "./fields.ts";

/**
 * The article import form, also sent by the review page of a page import. The text comes pasted
 * (`text`) or as an uploaded file, checked by the route (size, encoding, one or the other);
 * `language` "auto" means detect it from the text. `reviewed` marks text that came through the
 * review page (so it is not read as HTML or an address again); `asNewVersion` imports it even
 * though an article with the same address or text is stored.
 */
export const ImportFormSchema = formObject({
  title: requiredText(LIMITS.title),
  sourceUrl: optionalOf(WebUrlSchema),
  canonicalUrl: optionalOf(WebUrlSchema),
  publisher: optionalText(LIMITS.publisher),
  byline: optionalText(LIMITS.title),
  publishedAt: optionalOf(CalendarDateSchema),
  retrievedAt: optionalOf(z.iso.datetime()),
  language: z.enum(["auto", ...LANGUAGES]).default("auto"),
  text: z.string().default(""),
  reviewed: z.literal("1").optional(),
  asNewVersion: z.literal("1").optional(),
});

/** The import-from-address form: one web address. */
export const UrlImportFormSchema = formObject({
  url: z.preprocess((v) => v ?? "", requiredText(LIMITS.url)),
});

export type ImportForm = z.infer<typeof ImportFormSchema>;
