import { z } from "zod";
import { formObject, LocalPathSchema } from "./fields.ts";

/** The sign-in form. Names are checked against accounts, not against the name rules. */
export const LoginFormSchema = formObject({
  username: z.string().trim().min(1, "required").max(64),
  password: z.string().min(1, "required").max(200),
  /** Where to go after signing in; anything but a local path is ignored. */
  next: LocalPathSchema.optional().catch(undefined),
});

export type LoginForm = z.infer<typeof LoginFormSchema>;
