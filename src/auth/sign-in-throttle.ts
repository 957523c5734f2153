/** How many failed sign-ins an account may have in a window before it is locked for a window. */
export interface ThrottleLimits {
  /** Failed attempts allowed per window. */
  limit: number;
  windowMs: number;
}

/** Failed sign-ins per key (an account name, typed): counts them and locks the key out for a while. */
export interface SignInThrottle {
  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfter(key: string): number;
  /** Counts a failed attempt. */
  fail(key: string): void;
  /** Forgets the key's failures (a successful sign-in). */
  succeed(key: string): void;
}

/** Keys remembered at most; the oldest are dropped past it, so guessing many names cannot fill memory. */
const MAX_KEYS = 10_000;

/**
 * An in-memory per-account throttle: after `limit` failures within `windowMs` of the first one,
 * the key is locked until `windowMs` after the last. Names that do not exist are counted the same
 * way, so the lock-out does not tell which accounts exist. Forgotten on restart.
 */
export function signInThrottle(limits: ThrottleLimits, now: () => number): SignInThrottle {
  const failures = new Map<string, { count: number; first: number; lockedUntil: number }>();
  const current = (key: string) => {
    const entry = failures.get(key);
    if (entry && entry.lockedUntil <= now() && entry.first + limits.windowMs <= now()) {
      failures.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    retryAfter: (key) => Math.max(0, (current(key)?.lockedUntil ?? 0) - now()),
    fail(key) {
      const entry = current(key) ?? { count: 0, first: now(), lockedUntil: 0 };
      entry.count += 1;
      if (entry.count >= limits.limit) entry.lockedUntil = now() + limits.windowMs;
      failures.delete(key);
      failures.set(key, entry);
      if (failures.size > MAX_KEYS) failures.delete(failures.keys().next().value!);
    },
    succeed: (key) => void failures.delete(key),
  };
}
