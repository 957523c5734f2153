import { z } from "zod";
import { LIMITS } from "./limits.ts";

/** How a source bears on the claim. */
export const STANCES = ["supports", "refutes", "context"] as const;

/** A web address people can open: http or https only (no javascript:, data:, file:). */
export const WebUrlSchema = z.url({ protocol: /^https?$/, error: "invalidUrl" }).max(LIMITS.url);

/** One source a reviewer relied on. */
export const EvidenceSchema = z.object({
  url: WebUrlSchema,
  title: z.string().trim().min(1).max(LIMITS.evidenceTitle),
  excerpt: z.string().trim().max(LIMITS.evidenceExcerpt),
  stance: z.enum(STANCES),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Stance = Evidence["stance"];
