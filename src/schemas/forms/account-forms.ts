import { z } from "zod";
import { PasswordSchema, ROLES, UsernameSchema } from "../user.ts";

/** The setup page: the first account, which is an admin. */
export const SetupFormSchema = z.object({
  username: UsernameSchema,
  password: PasswordSchema,
});

/** An admin creating an account. */
export const NewAccountFormSchema = z.object({
  username: UsernameSchema,
  role: z.enum(ROLES),
  password: PasswordSchema,
});

/** An admin changing an account's role. */
export const RoleFormSchema = z.object({ role: z.enum(ROLES) });

/** An admin setting a new password for an account. */
export const PasswordFormSchema = z.object({ password: PasswordSchema });
