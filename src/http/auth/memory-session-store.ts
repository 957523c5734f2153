import session, { type SessionData } from "express-session";

/**
 * Sessions kept in the server's memory, expiring after `idleMs` without a request. Unlike
 * express-session's own MemoryStore it forgets expired sessions (it sweeps on each write), and it
 * measures idleness with the app's clock, so tests can move time on.
 *
 * Why memory and not the store file: a session is touched on every request (idle expiry), and
 * writing db.json that often would slow every page and churn the store's backups for data that
 * is worthless after a restart. A restart signs everyone out; that is the cost.
 */
export class MemorySessionStore extends session.Store {
  readonly #sessions = new Map<string, { data: string; expires: number }>();

  constructor(
    private readonly idleMs: number,
    private readonly now: () => number,
  ) {
    super();
  }

  override get(sid: string, callback: (err: unknown, session?: SessionData | null) => void): void {
    const entry = this.#sessions.get(sid);
    if (entry && entry.expires <= this.now()) this.#sessions.delete(sid);
    const live = entry && entry.expires > this.now();
    callback(null, live ? (JSON.parse(entry.data) as SessionData) : null);
  }

  override set(sid: string, data: SessionData, callback?: (err?: unknown) => void): void {
    this.#sweep();
    this.#sessions.set(sid, { data: JSON.stringify(data), expires: this.now() + this.idleMs });
    callback?.();
  }

  override touch(sid: string, _data: SessionData, callback?: () => void): void {
    const entry = this.#sessions.get(sid);
    if (entry && entry.expires > this.now()) entry.expires = this.now() + this.idleMs;
    callback?.();
  }

  override destroy(sid: string, callback?: (err?: unknown) => void): void {
    this.#sessions.delete(sid);
    callback?.();
  }

  /** How many sessions are held (expired ones may linger until the next write). */
  get size(): number {
    return this.#sessions.size;
  }

  #sweep(): void {
    const now = this.now();
    for (const [sid, entry] of this.#sessions) if (entry.expires <= now) this.#sessions.delete(sid);
  }
}
