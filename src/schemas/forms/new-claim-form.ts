import { z } from "zod";
import { CLAIM_KINDS } from "../extracted-claim.ts";
import { LIMITS } from "../limits.ts";
import { formObject, requiredText, wholeNumber } from "./fields.ts";

/**
 * A claim the extractor missed: its words as they appear in the article, and who said it.
 * `occurrence` picks one when the words occur more than once (1 = the first).
 */
export const NewClaimFormSchema = formObject({
  text: requiredText(LIMITS.claimText),
  speaker: requiredText(LIMITS.speaker),
  kind: z.enum(CLAIM_KINDS).default("indirect"),
  occurrence: z
    .union([z.literal(""), wholeNumber()])
    .optional()
    .transform((v) => (v === "" ? undefined : v)),
});

export type NewClaimForm = z.infer<typeof NewClaimFormSchema>;
