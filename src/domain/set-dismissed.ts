import type { ClaimRecord } from "../schemas/claim-record.ts";
import { recordChange, type Actor } from "./record-change.ts";

/**
 * Marks a claim as "not a claim" (dismissed) or restores it. Nothing else changes: its review
 * stays, and a restored claim comes back as it was.
 */
export function setDismissed(claim: ClaimRecord, dismissed: boolean, version: number, actor: Actor, at: Date): ClaimRecord {
  return recordChange(claim, { actor, at, action: dismissed ? "dismiss" : "restore", version, patch: { dismissed } });
}
