import type { Translate } from "../i18n/translate.ts";
import type { FieldErrors } from "./form-errors.ts";

/** One line of a form's error summary: the field's name, a link to it, and what is wrong. */
export interface ErrorLine {
  /** "#<field id>", or null for a problem with no visible field (a stale version, the whole form). */
  href: string | null;
  /** The field's name in the interface language, or null when there is no field. */
  label: string | null;
  message: string;
}

/** The name of each field a form can report on, by its path in the form. */
const LABEL_KEYS: Record<string, string> = {
  text: "field.text",
  speaker: "field.speaker",
  kind: "field.kind",
  occurrence: "ux.field.occurrence",
  verdict: "field.verdict",
  evidence: "field.evidence",
  notes: "field.notes",
  comment: "ux.field.comment",
  decision: "ux.field.decision",
  username: "auth.username",
  password: "auth.password",
  role: "accounts.col.role",
  title: "import.field.title",
  sourceUrl: "import.field.sourceUrl",
  publisher: "import.field.publisher",
  publishedAt: "import.field.publishedAt",
  language: "import.field.language",
  file: "ux.field.file",
};

/** Fields the import form names differently from the claim forms (its ids carry no prefix). */
const IMPORT_LABEL_KEYS: Record<string, string> = { text: "import.field.text" };

/**
 * The lines of an error summary. A form's field ids are `idPrefix` + its path with dots as dashes
 * (`add-text`, `evidence-0-url`, `decision-c1-comment`), so each line links to its field.
 */
export function errorLines(errors: FieldErrors, idPrefix: string, t: Translate): ErrorLine[] {
  return Object.entries(errors).map(([path, error]) => {
    const message = t(`errors.${error.key}`, error.params);
    const label = fieldLabel(path, idPrefix, t);
    return { href: label === null ? null : `#${idPrefix}${path.replace(/\./g, "-")}`, label, message };
  });
}

function fieldLabel(path: string, idPrefix: string, t: Translate): string | null {
  const row = /^evidence\.(\d+)\.(url|title|excerpt|stance)$/.exec(path);
  if (row) return `${t("review.source", { n: Number(row[1]) + 1 })}, ${t(`evidence.${row[2]}`)}`;
  const key = (idPrefix === "" ? IMPORT_LABEL_KEYS[path] : undefined) ?? LABEL_KEYS[path];
  return key ? t(key) : null;
}
