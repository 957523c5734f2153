import { z } from "zod";
import { PasswordSchema, ROLES, UsernameSchema } from "../user.ts";
import { formObject } from "./fields.ts";

/** The second copy of a new password must match the first (`passwordsDiffer`, shown on `passwordAgain`). */
const samePasswordTwice = (form: { password: string; passwordAgain: string }) => form.password === form.passwordAgain;
const PASSWORDS_DIFFER = { message: "passwordsDiffer", path: ["passwordAgain"] };

/** The setup page: the first account, which is an admin; the password is typed twice. */
export const SetupFormSchema = formObject({
  username: UsernameSchema,
  password: PasswordSchema,
  passwordAgain: z.string().max(200),
}).refine(samePasswordTwice, PASSWORDS_DIFFER);

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

/** Someone changing their own password: the current one, and the new one twice. */
export const OwnPasswordFormSchema = formObject({
  currentPassword: z.string().min(1, "required").max(200),
  password: PasswordSchema,
  passwordAgain: z.string().max(200),
}).refine(samePasswordTwice, PASSWORDS_DIFFER);
