import type { FieldChange, HistoryEntry } from "../../schemas/history-entry.ts";
import type { Translate } from "../../i18n/translate.ts";

/** Turns stored ids into words for one field's value in the history. */
type Describe = (field: string, value: string | null) => string;

/** A claim's history for people: newest first, field names and values in the interface language. */
export function historyView(history: readonly HistoryEntry[], t: Translate, verdictLabel: (id: string | null) => string) {
  const describe: Describe = (field, value) => {
    if (value === null) return t("common.none");
    if (field === "verdict") return verdictLabel(value);
    if (field === "status" || field === "kind") return t(`${field}.${value}`);
    if (value === "true" || value === "false") return t(value === "true" ? "common.yes" : "common.no");
    if (field === "evidence") return describeEvidence(value, t);
    return value;
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

/** Evidence as recorded in history (JSON), one source a line with its stance in the interface language. */
function describeEvidence(json: string, t: Translate): string {
  try {
    const sources = JSON.parse(json) as { stance: string; title: string; url: string }[];
    return sources.map((e) => `${t(`stance.${e.stance}`)}: ${e.title} <${e.url}>`).join("\n");
  } catch {
    return json;
  }
}
