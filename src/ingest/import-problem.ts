/**
 * Why a page could not be imported. Each code has a message (`ingest.problem.<code>`) that says
 * what happened and what to do; nothing is stored when one occurs.
 */
export type ImportProblem =
  | { code: "badUrl" }
  | { code: "blockedAddress"; host: string }
  | { code: "unknownHost"; host: string }
  | { code: "unreachable"; host: string }
  | { code: "timeout"; seconds: number }
  | { code: "tooManyRedirects"; max: number }
  | { code: "httpStatus"; status: number }
  | { code: "notHtml"; type: string }
  | { code: "tooLarge"; max: string }
  | { code: "unknownCharset"; charset: string }
  | { code: "undeclaredCharset" }
  | { code: "wrongCharset"; charset: string }
  | { code: "noArticle" };

export type ImportProblemCode = ImportProblem["code"];

/** A result that is either a value or the problem that stopped it. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem };

export const fail = (problem: ImportProblem): { ok: false; problem: ImportProblem } => ({ ok: false, problem });

/** Bytes as the messages show them: "5 MB", "800 KB". */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
