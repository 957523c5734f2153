import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

/** What a table row of the English tests expects of each claim: who, with which cue, which kind, which words (and, where a test names it, which rule). */
export interface EnglishClaimRow {
  speaker: string;
  cue: string;
  kind: "direct" | "indirect" | "mixed";
  text: string;
  rule?: string;
}

/** The claims the English extractor finds in `text`, in the rows' shape; with `withRule`, their rule ids too. */
export function englishClaimRows(text: string, withRule = false): EnglishClaimRow[] {
  return extractEnglishClaims(text).map((c) => ({
    speaker: c.speaker,
    cue: c.cue.text,
    kind: c.kind,
    text: c.text,
    ...(withRule ? { rule: c.rule } : {}),
  }));
}
