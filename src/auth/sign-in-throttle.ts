/** When failed sign-ins start slowing an account down, and how much. */
export interface SlowDownLimits {
  /** Failed attempts an account may have before its sign-ins are delayed. */
  freeAttempts: number;
  /** The delay after the first failure past `freeAttempts`; each further failure doubles it… */
  firstDelayMs: number;
  /** …up to this. */
  maxDelayMs: number;
  /** Failures are forgotten this long after the last one. */
  windowMs: number;
}

/**
 * Failed sign-ins per key (an account name as folded by `usernameFold`), turned into a growing delay.
 * Kept in this process's memory, or (PostgreSQL) in a table every instance shares: hence the promises.
 */
export interface SignInThrottle {
  /** How long to wait before checking the next attempt for `key` (0 when it may be checked now). */
  delayFor(key: string): number | Promise<number>;
  /** Counts a failed attempt. */
  fail(key: string): void | Promise<void>;
  /** Forgets the key's failures (a successful sign-in). */
  succeed(key: string): void | Promise<void>;
}

/** The wait before checking an attempt for an account that has failed `failures` times in the window. */
export function slowDownDelay(limits: SlowDownLimits, failures: number): number {
  const over = failures - limits.freeAttempts;
  return over < 0 ? 0 : Math.min(limits.maxDelayMs, limits.firstDelayMs * 2 ** Math.min(over, 30));
}

/** Keys remembered at most; the oldest are dropped past it, so guessing many names cannot fill memory. */
const MAX_KEYS = 10_000;

/**
 * An in-memory per-account slow-down. After `freeAttempts` failures each attempt waits first,
 * 1×, 2×, 4×… `firstDelayMs` up to `maxDelayMs`, and is then checked like any other: the right
 * password still signs in, so nobody can lock an account's owner out by failing on purpose (the
 * per-address limit stops one client from failing often). Names that do not exist are slowed the
 * same way, so the delay does not tell which accounts exist. Forgotten on restart.
 */
export function signInThrottle(limits: SlowDownLimits, now: () => number): SignInThrottle {
  const failures = new Map<string, { count: number; last: number }>();
  const current = (key: string) => {
    const entry = failures.get(key);
    if (entry && entry.last + limits.windowMs <= now()) failures.delete(key);
    return failures.get(key);
  };
  return {
    delayFor: (key) => slowDownDelay(limits, current(key)?.count ?? 0),
    fail(key) {
      const entry = { count: (current(key)?.count ?? 0) + 1, last: now() };
      failures.delete(key);
      failures.set(key, entry);
      if (failures.size > MAX_KEYS) failures.delete(failures.keys().next().value!);
    },
    succeed: (key) => void failures.delete(key),
  };
}
