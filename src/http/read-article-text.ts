import { checkArticleText, decodeArticleText, type TextProblem } from "../domain/decode-article-text.ts";
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

/** The message key shown beside the field for each reason text is refused. */
const MESSAGE_KEYS: Record<TextProblem, string> = { notUtf8: "fileNotText", nulByte: "nulInText", empty: "emptyText" };

/**
 * The article text from the import form: pasted, or an uploaded UTF-8 .txt file, not both. Both
 * follow the one rule of src/domain/decode-article-text.ts (no NUL character, not blank). A file's
 * text is kept exactly (a leading byte-order mark goes); pasted text has the CRLF line ends every
 * browser sends from a textarea turned back into LF.
 */
export function readArticleText(pasted: unknown, file: UploadedFile | undefined): ArticleText {
  const typed = typeof pasted === "string" ? pasted.replace(/\r\n/g, "\n") : "";
  if (file && file.size > 0) {
    if (typed.trim()) return { errors: fieldError("text", "textAndFile") };
    if (!/\.txt$/i.test(file.originalname) && !file.mimetype.startsWith("text/")) return { errors: fieldError("file", "fileType") };
    const decoded = decodeArticleText(file.buffer);
    return "problem" in decoded ? { errors: fieldError("file", MESSAGE_KEYS[decoded.problem]) } : { text: decoded.text, fromFile: true };
  }
  const checked = checkArticleText(typed);
  return "problem" in checked ? { errors: fieldError("text", MESSAGE_KEYS[checked.problem]) } : { text: checked.text, fromFile: false };
}
