import { z } from "zod";

/** The roles, weakest first: each has every right of the ones before it. */
export const ROLES = ["reviewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * An account name: letters (any script), digits, `.`, `_`, `-`; no spaces, so it is easy to type in
 * the shell. Stored NFC-normalised; two names that differ only in case are the same account.
 */
export const UsernameSchema = z
  .string()
  .trim()
  .min(1, "required")
  .max(64)
  .transform((name) => name.normalize("NFC"))
  .pipe(z.string().regex(/^[\p{L}\p{M}\p{N}._-]+$/u, "invalidUsername"));

/** A password as typed: long enough to resist guessing, short enough to hash quickly. */
export const PasswordSchema = z.string().min(10, "passwordTooShort").max(200);

/** A stored password hash: `scrypt$N$r$p$salt$hash` (salt and hash in base64). */
export const PasswordHashSchema = z.string().regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);

/** An account. The password is never stored, only its salted scrypt hash. */
export const UserSchema = z.object({
  username: UsernameSchema,
  role: z.enum(ROLES),
  passwordHash: PasswordHashSchema,
  createdAt: z.iso.datetime(),
});

export type User = z.infer<typeof UserSchema>;

/** The key two account names are compared by (case-insensitive). */
export function usernameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}
