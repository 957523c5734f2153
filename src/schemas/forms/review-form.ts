import { z } from "zod";
import { VERDICT_IDS, VERDICT_RATINGS } from "../verdict-ids.ts";
import { STANCES, WebUrlSchema, type Evidence } from "../evidence.ts";
import { LIMITS } from "../limits.ts";
import { formObject, VersionSchema } from "./fields.ts";

/** One evidence row of the form. A row left blank is ignored; a started row needs a URL and a title. */
const EvidenceRowSchema = z
  .strictObject({
    url: z.string().trim().max(LIMITS.url).default(""),
    title: z.string().trim().max(LIMITS.evidenceTitle).default(""),
    excerpt: z.string().trim().max(LIMITS.evidenceExcerpt).default(""),
    stance: z.enum(STANCES).default("supports"),
  })
  .superRefine((row, ctx) => {
    if (isBlank(row)) return;
    if (!row.url) ctx.addIssue({ code: "custom", message: "required", path: ["url"] });
    else if (!WebUrlSchema.safeParse(row.url).success) ctx.addIssue({ code: "custom", message: "invalidUrl", path: ["url"] });
    if (!row.title) ctx.addIssue({ code: "custom", message: "required", path: ["title"] });
  });

function isBlank(row: Pick<Evidence, "url" | "title" | "excerpt">): boolean {
  return !row.url && !row.title && !row.excerpt;
}

/**
 * The review form: verdict, evidence and notes (who reviews is the signed-in account). "submit" hands the claim to an
 * editor and needs a verdict; a rated verdict (True … False) also needs at least one source.
 */
export const ReviewFormSchema = formObject({
  version: VersionSchema,
  verdict: z.enum(["", ...VERDICT_IDS]).default(""),
  evidence: z.array(EvidenceRowSchema).max(LIMITS.evidenceItems, "tooManySources").default([]),
  notes: z.string().trim().max(LIMITS.notes).default(""),
  action: z.enum(["save", "submit"]).default("save"),
})
  .superRefine((form, ctx) => {
    if (form.action !== "submit") return;
    if (!form.verdict) ctx.addIssue({ code: "custom", message: "verdictNeededToSubmit", path: ["verdict"] });
    else if (VERDICT_RATINGS[form.verdict] && form.evidence.every(isBlank)) {
      ctx.addIssue({ code: "custom", message: "evidenceNeededToSubmit", path: ["evidence"] });
    }
  })
  .transform((form) => ({
    ...form,
    verdict: form.verdict || null,
    evidence: form.evidence.filter((row) => !isBlank(row)) as Evidence[],
  }));

export type ReviewForm = z.infer<typeof ReviewFormSchema>;
