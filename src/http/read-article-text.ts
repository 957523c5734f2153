import { fieldError, type FieldErrors } from "./form-errors.ts";

/** An uploaded file as multer hands it over (memory storage). */
export interface UploadedFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** The article text, or the field errors that stop the import. */
export type ArticleText = { text: string; fromFile: boolean } | { errors: FieldErrors };

/**
 * The article text from the import form: pasted, or an uploaded UTF-8 .txt file, not both.
 * A file's text is kept exactly (a leading byte-order mark is encoding, not text, and goes); pasted
 * text has the CRLF line ends every browser sends from a textarea turned back into LF.
 * Blank text is an error.
 */
export function readArticleText(pasted: unknown, file: UploadedFile | undefined): ArticleText {
  const typed = typeof pasted === "string" ? pasted.replace(/\r\n/g, "\n") : "";
  if (file && file.size > 0) {
    if (typed.trim()) return { errors: fieldError("text", "textAndFile") };
    if (!/\.txt$/i.test(file.originalname) && !file.mimetype.startsWith("text/")) return { errors: fieldError("file", "fileType") };
    const text = decodeUtf8(file.buffer);
    if (text === null) return { errors: fieldError("file", "fileNotText") };
    return text.trim() ? { text, fromFile: true } : { errors: fieldError("file", "emptyText") };
  }
  return typed.trim() ? { text: typed, fromFile: false } : { errors: fieldError("text", "emptyText") };
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
