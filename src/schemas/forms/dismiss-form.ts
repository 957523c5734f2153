import { z } from "zod";
import { VersionSchema } from "./fields.ts";

/** Dismissing a claim (not a claim after all) or restoring it. */
export const DismissFormSchema = z.object({
  version: VersionSchema,
});

export type DismissForm = z.infer<typeof DismissFormSchema>;
