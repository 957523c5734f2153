import type { FieldChange, HistoryEntry } from "../../schemas/history-entry.ts";
import type { Translate } from "../../i18n/translate.ts";

/** One source of an evidence list as the history shows it. */
export interface HistorySource {
  stance: string;
  title: string;
  url: string;
}

/** A field's value in the history: words, or (for evidence) a list of sources shown one a line. */
export type HistoryValue = { text: string } | { sources: HistorySource[] };

/** Turns stored ids into words for one field's value in the history. */
type Describe = (field: string, value: string | null) => HistoryValue;

/** A claim's history for people: newest first, field names and values in the interface language. */
export function historyView(history: readonly HistoryEntry[], t: Translate, verdictLabel: (id: string | null) => string) {
  const describe: Describe = (field, value) => {
    if (value === null) return { text: t("common.none") };
    if (field === "verdict") return { text: verdictLabel(value) };
    if (field === "status" || field === "kind") return { text: t(`${field}.${value}`) };
    if (value === "true" || value === "false") return { text: t(value === "true" ? "common.yes" : "common.no") };
    if (field === "evidence") return describeEvidence(value, t);
    return { text: value };
  };
  return [...history].reverse().map((entry) => ({
    at: entry.at,
    by: entry.by,
    action: t(`action.${entry.action}`),
    comment: entry.comment,
    changes: entry.changes.map((c: FieldChange) => ({
      field: t(`field.${c.field}`),
      from: describe(c.field, c.from),
      to: describe(c.field, c.to),
    })),
  }));
}

/**
 * Evidence as recorded in history (JSON): each source's stance in the interface language, its title
 * and URL kept apart, so the view can isolate the URL (no brackets to be mirrored in Arabic).
 */
function describeEvidence(json: string, t: Translate): HistoryValue {
  try {
    const sources = JSON.parse(json) as { stance: string; title: string; url: string }[];
    return { sources: sources.map((e) => ({ stance: t(`stance.${e.stance}`), title: e.title, url: e.url })) };
  } catch {
    return { text: json };
  }
}
