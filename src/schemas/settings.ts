import { z } from "zod";
import { LANGUAGES } from "./article.ts";
import { LIMITS } from "./limits.ts";

/** A speaker's matching key (its words folded, joined by one space), as src/reports/claim-catalogue.ts makes it. */
export const SpeakerKeySchema = z
  .string()
  .min(1)
  .max(LIMITS.speaker * 2);

/**
 * Speaker spellings an editor merged: a spelling's key → the key its claims are listed under.
 * Kept flat (a target is never itself an alias) by src/domain/speaker-aliases.ts.
 */
export const SpeakerAliasesSchema = z
  .record(SpeakerKeySchema, SpeakerKeySchema)
  .refine((aliases) => Object.keys(aliases).length <= 10_000, "tooMany")
  .refine((aliases) => Object.entries(aliases).every(([alias, target]) => alias !== target && !Object.hasOwn(aliases, target)), "aliasChain");

export type SpeakerAliases = z.infer<typeof SpeakerAliasesSchema>;

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
  /** Speaker spellings merged by an editor (absent until the first merge). */
  speakerAliases: SpeakerAliasesSchema.optional(),
});

export type Settings = z.infer<typeof SettingsSchema>;
