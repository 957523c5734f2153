import { z } from "zod";
import { LANGUAGES } from "./article.ts";

/**
 * The desk's settings, set by an admin (environment variables may still override them where
 * src/config.ts says so). Every field is optional: a new store has none.
 */
export const SettingsSchema = z.object({
  /** Who publishes the fact-checks: ClaimReview `author`, public pages. */
  organizationName: z.string().trim().min(1).max(200).optional(),
  organizationUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  logoUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  /** Where the public fact-check pages are served, e.g. https://factcheck.example.org (no trailing slash). */
  publicBaseUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  defaultLanguage: z.enum(LANGUAGES).optional(),
  /** Hosts an editor may import from even though they resolve to private or loopback addresses. */
  allowedImportHosts: z.array(z.string().trim().min(1).max(253)).max(100).default([]),
});

export type Settings = z.infer<typeof SettingsSchema>;
