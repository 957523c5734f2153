import { z } from "zod";
import { PersonNameSchema, VersionSchema } from "./fields.ts";

/** Dismissing a claim (not a claim after all) or restoring it. */
export const DismissFormSchema = z.object({
  version: VersionSchema,
  reviewer: PersonNameSchema,
});

export type DismissForm = z.infer<typeof DismissFormSchema>;
