import { z } from "zod";
import { LIMITS } from "../limits.ts";
import { formObject, VersionSchema } from "./fields.ts";

/** An editor's decision on a submitted claim. Returning it needs a comment saying why. */
export const DecisionFormSchema = formObject({
  version: VersionSchema,
  decision: z.enum(["approve", "return"]),
  comment: z.string().trim().max(LIMITS.comment).default(""),
}).superRefine((form, ctx) => {
  if (form.decision === "return" && !form.comment) {
    ctx.addIssue({ code: "custom", message: "commentNeededToReturn", path: ["comment"] });
  }
});

export type DecisionForm = z.infer<typeof DecisionFormSchema>;
