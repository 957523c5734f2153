import type { Duplicate } from "../../ingest/find-duplicates.ts";
import type { ReadPage } from "../../ingest/read-page.ts";
import { LANGUAGES, type Language } from "../../schemas/article.ts";
import { LIMITS } from "../../schemas/limits.ts";
import type { FormValues } from "./form-values.ts";
import { paths } from "./paths.ts";

/** Where a page came from: fetched from an address, or a saved page. */
export interface PageSource {
  sourceUrl?: string;
  finalUrl?: string;
  retrievedAt?: string;
}

/** The review page: the import form filled with what was found, and the facts behind it. */
export interface ImportReview {
  values: FormValues;
  found: { source: PageSource; charset: string; lang?: string; paragraphs: number } | null;
  paragraphs: string[];
  language: Language;
  duplicates: DuplicateLink[];
}

export interface DuplicateLink extends Duplicate {
  href: string;
}

/**
 * The review page for a page's article: the form's fields filled from its metadata (site name as
 * publisher; the language the page declares when it is Arabic or English, else `detect`'s guess
 * from the text), and what the editor should know about where it came from.
 */
export function importReview(page: ReadPage, source: PageSource, detect: (text: string) => Language, duplicates: readonly Duplicate[]): ImportReview {
  const language = declaredLanguage(page.lang) ?? detect(page.text);
  const values: FormValues = {
    title: page.title.slice(0, LIMITS.title),
    sourceUrl: source.sourceUrl ?? page.canonicalUrl ?? "",
    canonicalUrl: page.canonicalUrl ?? "",
    publisher: (page.siteName ?? "").slice(0, LIMITS.publisher),
    byline: (page.byline ?? "").slice(0, LIMITS.title),
    publishedAt: page.publishedAt ?? "",
    retrievedAt: source.retrievedAt ?? "",
    language,
    text: page.text,
  };
  return {
    values,
    found: { source, charset: page.charset, lang: page.lang, paragraphs: page.paragraphs.length },
    paragraphs: page.paragraphs,
    language,
    duplicates: duplicateLinks(duplicates),
  };
}

/**
 * The review page shown again for a reviewed form (a duplicate was found, or a field needs
 * attention): the form as submitted, its text's paragraphs, no page facts.
 */
export function resubmittedReview(values: FormValues, detect: (text: string) => Language, duplicates: readonly Duplicate[]): ImportReview {
  const text = values.text ?? "";
  const language = (LANGUAGES as readonly string[]).includes(values.language ?? "") ? (values.language as Language) : detect(text);
  return {
    values,
    found: null,
    paragraphs: text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    language,
    duplicates: duplicateLinks(duplicates),
  };
}

export function duplicateLinks(duplicates: readonly Duplicate[]): DuplicateLink[] {
  return duplicates.map((d) => ({ ...d, href: paths.article(d.id) }));
}

/** `ar`, `ar-EG` → ar; `en-GB` → en; anything else undefined. */
export function declaredLanguage(tag: string | undefined): Language | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? "") ? (primary as Language) : undefined;
}
