import type { ClaimRecord } from "../../schemas/claim-record.ts";
import type { Evidence } from "../../schemas/evidence.ts";

/** What a form shows in its fields: strings, exactly as typed (nothing is lost on a rejected form). */
export type FormValues = Record<string, string>;

/** A row of the evidence fields. */
export type EvidenceRow = Record<keyof Evidence, string>;

const BLANK_ROW: EvidenceRow = { url: "", title: "", excerpt: "", stance: "supports" };

/** The named fields of a submitted body as strings; anything that is not a string shows as blank. */
export function pickStrings(body: unknown, keys: readonly string[]): FormValues {
  const source = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, typeof source[k] === "string" ? source[k] : ""]));
}

/** Evidence rows as submitted (array or qs object), plus a blank row to add one more. */
export function evidenceRows(raw: unknown): EvidenceRow[] {
  const list = Array.isArray(raw) ? raw : raw && typeof raw === "object" ? Object.values(raw) : [];
  const rows = list.map((r) => ({ ...BLANK_ROW, ...pickStrings(r, ["url", "title", "excerpt", "stance"]) }) as EvidenceRow);
  return withBlankRow(rows);
}

/** The review form filled from the stored claim. */
export function reviewValues(claim: ClaimRecord) {
  return {
    fields: { version: String(claim.version), verdict: claim.verdict ?? "", notes: claim.notes },
    evidence: withBlankRow(claim.evidence.map((e) => ({ ...e }))),
  };
}

/** The review form as it was submitted. */
export function submittedReviewValues(body: unknown) {
  return {
    fields: pickStrings(body, ["version", "verdict", "notes"]),
    evidence: evidenceRows((body as Record<string, unknown> | undefined)?.evidence),
  };
}

function withBlankRow(rows: EvidenceRow[]): EvidenceRow[] {
  const last = rows[rows.length - 1];
  return !last || last.url || last.title || last.excerpt ? [...rows, { ...BLANK_ROW }] : rows;
}
