import { z } from "zod";
import { CLAIM_KINDS } from "../extracted-claim.ts";
import { LIMITS } from "../limits.ts";
import { formObject, requiredText, VersionSchema } from "./fields.ts";

/** Correcting the machine: the claim's speaker, kind, and its words (which must occur in the article). */
export const CorrectionFormSchema = formObject({
  version: VersionSchema,
  speaker: requiredText(LIMITS.speaker),
  kind: z.enum(CLAIM_KINDS),
  text: requiredText(LIMITS.claimText),
});

export type CorrectionForm = z.infer<typeof CorrectionFormSchema>;
