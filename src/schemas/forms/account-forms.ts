import { z } from "zod";
import { PasswordSchema, ROLES, UsernameSchema } from "../user.ts";
import { formObject } from "./fields.ts";

/** The setup page: the first account, which is an admin. */
export const SetupFormSchema = formObject({
  username: UsernameSchema,
  password: PasswordSchema,
});

/** An admin creating an account. */
export const NewAccountFormSchema = formObject({
  username: UsernameSchema,
  role: z.enum(ROLES),
  password: PasswordSchema,
});

/** An admin changing an account's role. */
export const RoleFormSchema = formObject({ role: z.enum(ROLES) });

/** An admin setting a new password for an account. */
export const PasswordFormSchema = formObject({ password: PasswordSchema });
