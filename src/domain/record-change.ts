import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { FieldChange, HistoryAction } from "../schemas/history-entry.ts";
import { VersionConflict } from "./errors.ts";

/** Who is making a change: the signed-in account's username (or the system, for re-extraction). */
export interface Actor {
  name: string;
}

/** One change to a claim, based on the version the person saw. */
export interface Change {
  actor: Actor;
  at: Date;
  action: HistoryAction;
  /** The claim version the form was loaded from; omit for system changes (re-extraction). */
  version?: number;
  patch: Partial<ClaimRecord>;
  comment?: string;
}

/** Fields people do not read in a history: positions and bookkeeping behind the claim text. */
const UNSHOWN = new Set(["start", "end", "quote", "paragraph", "corrected", "speakerMention", "cue", "rule"]);

/**
 * Applies a change to a claim: refuses a stale version (VersionConflict), records who, when and
 * which fields changed in the history, and bumps the version. A change that changes nothing a
 * person reads, and carries no comment, leaves history and version alone.
 */
export function recordChange(claim: ClaimRecord, change: Change): ClaimRecord {
  if (change.version !== undefined && change.version !== claim.version) throw new VersionConflict(claim);
  const changes = diffFields(claim, change.patch);
  if (changes.length === 0 && !change.comment) return quietly(claim, change.patch);
  const at = change.at.toISOString();
  const entry = { at, by: change.actor.name, action: change.action, changes, ...(change.comment ? { comment: change.comment } : {}) };
  return { ...claim, ...change.patch, version: claim.version + 1, updatedAt: at, history: [...claim.history, entry] };
}

/** Bookkeeping-only changes (a rule renamed, a cue re-read) apply without a history entry or new version. */
function quietly(claim: ClaimRecord, patch: Partial<ClaimRecord>): ClaimRecord {
  const differs = Object.entries(patch).some(([k, v]) => JSON.stringify(claim[k as keyof ClaimRecord]) !== JSON.stringify(v));
  return differs ? { ...claim, ...patch } : claim;
}

function diffFields(claim: ClaimRecord, patch: Partial<ClaimRecord>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, to] of Object.entries(patch)) {
    const from = claim[field as keyof ClaimRecord];
    if (UNSHOWN.has(field) || JSON.stringify(from) === JSON.stringify(to)) continue;
    changes.push({ field, from: describe(from), to: describe(to) });
  }
  return changes;
}

/** A stored value as history text: lists (evidence) as JSON, booleans and ids as they are, blank as null. */
function describe(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length > 0 ? JSON.stringify(value) : null;
  return String(value);
}
