import { z } from "zod";

/** What a person (or the extractor) did to a claim. */
export const HISTORY_ACTIONS = [
  "create",
  "save",
  "submit",
  "approve",
  "return",
  "correct",
  "dismiss",
  "restore",
  "reextract",
  "assign",
  "copyEvidence",
] as const;

/** One changed field: values are shown as text (ids for verdict and status). */
export const FieldChangeSchema = z.object({
  field: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});

/** Who did what to a claim, when, and which fields changed. */
export const HistoryEntrySchema = z.object({
  at: z.iso.datetime(),
  by: z.string(),
  action: z.enum(HISTORY_ACTIONS),
  changes: z.array(FieldChangeSchema),
  comment: z.string().optional(),
});

export type FieldChange = z.infer<typeof FieldChangeSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type HistoryAction = HistoryEntry["action"];
