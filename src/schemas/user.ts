import { z } from "zod";

/** The roles, weakest first: each has every right of the ones before it. */
export const ROLES = ["reviewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * An account name: letters (any script), digits, `.`, `_`, `-`; no spaces, so it is easy to type in
 * the shell. Stored NFKC-normalised, so full-width `ｒｅｖ１` is stored as `rev1`; two names that differ
 * only in case are the same account (see `usernameFold`), and a name that looks like an existing one
 * is refused when the account is created (src/auth/username-skeleton.ts).
 */
export const UsernameSchema = z
  .string()
  .trim()
  .min(1, "required")
  .max(64)
  .transform((name) => name.normalize("NFKC"))
  .pipe(z.string().regex(/^[\p{L}\p{M}\p{N}._-]+$/u, "invalidUsername"));

/**
 * An account name as stored: the same rules, normalised to NFC only, so a store written before
 * names were stored NFKC (which may hold both `rev1` and `ｒｅｖ１`) loads unchanged.
 */
const StoredUsernameSchema = z
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

/** A session that was signed out, remembered until its cookie would have expired anyway. */
export const EndedSessionSchema = z.object({ id: z.string().min(1).max(64), until: z.iso.datetime() });

/**
 * An account. The password is never stored, only its salted scrypt hash.
 *
 * Sessions are signed cookies that name the account's `id` and `sessionGeneration`: raising the
 * generation (a new password, sign-out everywhere, deactivation) ends every session at once, and
 * `endedSessions` ends single ones (a plain sign-out). A deactivated account keeps its record, so
 * history still names it, but cannot sign in.
 */
export const UserSchema = z.object({
  /** Stable id carried by session cookies; accounts made before ids existed use `accountId()`. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional(),
  username: StoredUsernameSchema,
  role: z.enum(ROLES),
  passwordHash: PasswordHashSchema,
  createdAt: z.iso.datetime(),
  /** Absent on accounts that never had their sessions ended: generation 0 (see `sessionGenerationOf`). */
  sessionGeneration: z.number().int().nonnegative().optional(),
  /** Absent when no session is remembered as signed out (see `endedSessionsOf`). */
  endedSessions: z.array(EndedSessionSchema).max(100).optional(),
  deactivatedAt: z.iso.datetime().optional(),
});

export type User = z.infer<typeof UserSchema>;
export type EndedSession = z.infer<typeof EndedSessionSchema>;

/**
 * The key two account names were compared by before look-alike names were refused (NFC,
 * lower case). The store's uniqueness check keeps using it, so a store that already holds
 * `rev1` and `ｒｅｖ１` still loads.
 */
export function usernameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * The key a typed account name is looked up by: NFKC (full-width and presentation forms fold to
 * their plain letters) and case-folded (upper- then lower-casing, so `ß` and `SS` agree), with
 * surrounding spaces dropped. `Salma`, ` SALMA ` and `ｓａｌｍａ` give the same key.
 */
export function usernameFold(name: string): string {
  return name.trim().normalize("NFKC").toUpperCase().toLowerCase().normalize("NFKC");
}

/** The account's session generation (0 until a change first ends its sessions). */
export function sessionGenerationOf(user: Pick<User, "sessionGeneration">): number {
  return user.sessionGeneration ?? 0;
}

/** The account's signed-out sessions still remembered. */
export function endedSessionsOf(user: Pick<User, "endedSessions">): EndedSession[] {
  return user.endedSessions ?? [];
}

/** The id a session cookie names the account by: its stored id, or one derived from its name for older accounts. */
export function accountId(user: Pick<User, "id" | "username">): string {
  return user.id ?? `name:${usernameKey(user.username)}`;
}
