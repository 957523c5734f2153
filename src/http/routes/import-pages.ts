import type { Response } from "express";
import { findDuplicates, type Duplicate } from "../../ingest/find-duplicates.ts";
import type { ImportProblem } from "../../ingest/import-problem.ts";
import { classifyPasted } from "../../ingest/pasted-input.ts";
import type { Article } from "../../schemas/article.ts";
import type { Store } from "../../store/store.ts";
import type { FieldErrors } from "../form-errors.ts";
import type { UploadedFile } from "../read-article-text.ts";
import type { FormValues } from "../view-models/form-values.ts";
import { duplicateLinks, type ImportReview } from "../view-models/import-review.ts";

/** What else the import form may show: an address found in the text box, stored look-alikes. */
export interface ImportFormExtras {
  fileUsed?: boolean;
  pastedUrl?: string;
  duplicates?: readonly Duplicate[];
}

/** The import form (views/articles/new.ejs) with the person's input and any errors. */
export function renderImportForm(res: Response, status: number, values: FormValues, errors: FieldErrors, extras: ImportFormExtras = {}): void {
  res.status(status).render("articles/new", {
    values,
    errors,
    fileUsed: extras.fileUsed ?? false,
    pastedUrl: extras.pastedUrl ?? null,
    duplicates: duplicateLinks(extras.duplicates ?? []),
  });
}

/** The review page of a page import (views/articles/review.ejs). */
export function renderReview(res: Response, status: number, review: ImportReview, errors: FieldErrors = {}): void {
  res.status(status).render("articles/review", { ...review, errors });
}

/** A refused page as an error beside `field`: the message `errors.page.<code>` with the problem's details. */
export function problemErrors(field: string, problem: ImportProblem): FieldErrors {
  const { code, ...params } = problem;
  return { [field]: { key: `page.${code}`, params } };
}

/**
 * Stored articles with the same address or text as an import. Every article is read (the index
 * holds neither text nor canonical address); the store keeps them parsed in memory.
 */
export async function duplicatesIn(store: Store, incoming: { text: string; sourceUrl?: string; canonicalUrl?: string }): Promise<Duplicate[]> {
  const rows = await store.listArticles();
  const articles = await Promise.all(rows.map((row) => store.getArticle(row.id)));
  return findDuplicates(
    articles.filter((a): a is Article => a !== undefined),
    incoming,
  );
}

/** A page to read instead of plain text: an uploaded .html file or pasted HTML source, or a pasted address. */
export type PageInForm = { kind: "url"; url: string } | { kind: "html"; bytes: Uint8Array; field: "file" | "text" };

/**
 * Whether the import form brought a web page rather than article text: an uploaded .html/.htm
 * file (with nothing pasted), pasted HTML source, or a pasted web address alone. Text that came
 * back from the review page (`reviewed`) is article text whatever it looks like.
 */
export function pageInForm(body: Record<string, unknown>, file: UploadedFile | undefined): PageInForm | null {
  if (body.reviewed === "1") return null;
  const pasted = typeof body.text === "string" ? body.text : "";
  if (file && file.size > 0) return !pasted.trim() && isHtmlFile(file) ? { kind: "html", bytes: file.buffer, field: "file" } : null;
  const kind = classifyPasted(pasted);
  if (kind.kind === "url") return kind;
  if (kind.kind === "html") return { kind: "html", bytes: Buffer.from(pasted, "utf8"), field: "text" };
  return null;
}

function isHtmlFile(file: UploadedFile): boolean {
  return /\.x?html?$/i.test(file.originalname) || file.mimetype === "text/html" || file.mimetype === "application/xhtml+xml";
}
