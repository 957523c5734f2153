import type { z } from "zod";
import { formObject, VersionSchema } from "./fields.ts";

/** Dismissing a claim (not a claim after all) or restoring it. */
export const DismissFormSchema = formObject({
  version: VersionSchema,
});

export type DismissForm = z.infer<typeof DismissFormSchema>;
