import { z } from "zod";
import { CommentSchema } from "./comment.ts";
import { STATUSES } from "./statuses.ts";
import { VERDICT_IDS } from "./verdict-ids.ts";
import { EvidenceSchema } from "./evidence.ts";
import { ExtractedClaimSchema } from "./extracted-claim.ts";
import { HistoryEntrySchema } from "./history-entry.ts";

/** Machine fields a person can overrule; re-extraction keeps a person's value. */
export const CORRECTABLE_FIELDS = ["speaker", "kind", "span"] as const;

/**
 * A claim in the store: the extracted claim (or one a person added) plus its review state.
 * `version` grows by one on every change and guards against silent overwrites.
 */
export const ClaimRecordSchema = ExtractedClaimSchema.extend({
  origin: z.enum(["extracted", "manual"]),
  /** The last extraction no longer finds this claim; it is kept with everything people wrote. */
  orphaned: z.boolean(),
  /** A person said this is not a claim; kept and restorable. */
  dismissed: z.boolean(),
  corrected: z.array(z.enum(CORRECTABLE_FIELDS)),
  verdict: z.enum(VERDICT_IDS).nullable(),
  evidence: z.array(EvidenceSchema),
  notes: z.string(),
  reviewer: z.string(),
  status: z.enum(STATUSES),
  editorComment: z.string(),
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
  history: z.array(HistoryEntrySchema),
  /** The account asked to review this claim ("" = none: the article's assignee, if any, applies). */
  assignee: z.string().default(""),
  /** The desk's discussion of the claim (not part of the report); a store written before threads has none. */
  comments: z.array(CommentSchema).default([]),
});

export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
