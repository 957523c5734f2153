import { z } from "zod";
import { LANGUAGES } from "../article.ts";
import { WebUrlSchema } from "../evidence.ts";
import { formObject, optionalOf, optionalText } from "./fields.ts";

/** The organisation's name, as the setup and settings pages ask for it (blank: none yet). */
export const OrganizationNameSchema = optionalText(200);

/** A site's base address for public pages: http(s), no query or fragment; the trailing slash is dropped. */
const BaseUrlSchema = WebUrlSchema.refine((url) => !/[?#]/.test(url), "invalidBaseUrl").transform((url) => url.replace(/\/+$/, ""));

/**
 * The desk settings form. Fields the environment fixes are shown disabled and not sent, so every
 * field but the language may be missing.
 */
export const SettingsFormSchema = formObject({
  organizationName: OrganizationNameSchema,
  organizationUrl: optionalOf(WebUrlSchema),
  logoUrl: optionalOf(WebUrlSchema),
  publicBaseUrl: optionalOf(BaseUrlSchema),
  defaultLanguage: z.enum(LANGUAGES),
});

export type SettingsForm = z.infer<typeof SettingsFormSchema>;
