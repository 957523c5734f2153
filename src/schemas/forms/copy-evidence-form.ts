import { z } from "zod";
import { formObject, VersionSchema } from "./fields.ts";

/** An article or claim id as the app makes them (letters, digits, "-" and "_"). */
const IdSchema = z.string().regex(/^[\w-]{1,64}$/);

/** Copying an earlier check's evidence into a claim: which claim it comes from, and the version of this claim the button was shown with. */
export const CopyEvidenceFormSchema = formObject({
  version: VersionSchema,
  fromArticle: IdSchema,
  fromClaim: IdSchema,
});

export type CopyEvidenceForm = z.infer<typeof CopyEvidenceFormSchema>;
