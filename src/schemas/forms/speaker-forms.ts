import { z } from "zod";
import { LIMITS } from "../limits.ts";
import { SpeakerKeySchema } from "../settings.ts";
import { formObject, requiredText } from "./fields.ts";

/** Merging a spelling into the speaker whose page the form is on: the other spelling as a person types it. */
export const MergeSpeakerFormSchema = formObject({ spelling: requiredText(LIMITS.speaker) });

/** Undoing a merge: the merged spelling's key (a hidden field). */
export const UnmergeSpeakerFormSchema = formObject({ spelling: SpeakerKeySchema });

/** The speakers page's query string: a name to narrow the list, and the page. */
export const SpeakersQuerySchema = z.object({
  q: z.preprocess((v) => (v === undefined ? "" : v), z.string().max(LIMITS.speaker, "tooLong")),
  page: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^\d{1,6}$/)
      .pipe(z.coerce.number<string>().int().min(1))
      .optional(),
  ),
  merged: z.enum(["1"]).optional().catch(undefined),
  unmerged: z.enum(["1"]).optional().catch(undefined),
});
