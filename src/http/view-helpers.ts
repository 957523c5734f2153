import { verdictById } from "../domain/verdicts.ts";
import type { Locale, Translate } from "../i18n/translate.ts";
import { errorLines } from "./error-lines.ts";
import { kept } from "./kept.ts";
import type { FieldErrors } from "./form-errors.ts";
import { revealControls, safeHref } from "./reveal-controls.ts";

/**
 * Date formats by interface language, each made once, on first use: building an
 * Intl.DateTimeFormat costs more than rendering a page, and loading the locale data at start-up
 * delayed the first page (which shows no date).
 */
const DATE_LOCALES: Record<Locale, string> = { en: "en-GB", ar: "ar-u-nu-latn" };
const DATE_FORMATS: Partial<Record<Locale, Intl.DateTimeFormat>> = {};

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  return (DATE_FORMATS[locale] ??= new Intl.DateTimeFormat(DATE_LOCALES[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }));
}

/** Formatting helpers every view gets: labels and dates in the interface language. */
export function viewHelpers(locale: Locale, t: Translate) {
  return {
    revealControls,
    safeHref,
    /** An error summary's lines, each naming and linking to its field (ids start with `idPrefix`). */
    errorLines: (errors: FieldErrors, idPrefix = "") => errorLines(errors, idPrefix, t),
    /** The verdict's label in the interface language; "No verdict yet" for null. */
    verdictLabel: (id: string | null) => verdictById(id)?.label[locale] ?? t("verdict.none"),
    /** A stored ISO timestamp as a readable UTC date and time. */
    formatDate: (iso: string) => formatted(locale, iso, () => `${dateFormat(locale).format(new Date(iso))} UTC`),
    /** The CSS class colouring a verdict ("v-none" when there is none). */
    verdictClass: (id: string | null) => `v-${verdictById(id)?.id ?? "none"}`,
  };
}

/** Dates already formatted, by language and timestamp: pages show the same few stored times again and again. */
const FORMATTED = new Map<string, string>();
const MAX_FORMATTED = 5000;

function formatted(locale: Locale, iso: string, format: () => string): string {
  return kept(FORMATTED, `${locale} ${iso}`, MAX_FORMATTED, format);
}
