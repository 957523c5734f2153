import { expect } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

/** The claims the Arabic extractor finds in `article`, as the capability tables read them. */
export const arabicClaimsOf = (article: string) =>
  extractClaims(article, { language: "ar" }).map((c) => ({
    speaker: c.speaker,
    mention: c.speakerMention.text,
    cue: c.cue.text,
    text: c.text,
    kind: c.kind,
    rule: c.rule,
  }));

/** [article, speaker, kind, content start, rule] — the article's last claim. */
export type LastClaimRow = [article: string, speaker: string, kind: "direct" | "indirect" | "mixed", contentStart: string, rule: string];

/** The article's last claim has the row's speaker, kind and rule, and its content starts with the row's words. */
export function expectLastClaim([article, speaker, kind, contentStart, rule]: LastClaimRow): void {
  const last = arabicClaimsOf(article).at(-1);
  expect(last?.speaker).toBe(speaker);
  expect(last?.kind).toBe(kind);
  expect(last?.text.startsWith(contentStart), `content "${last?.text}"`).toBe(true);
  expect(last?.rule).toBe(rule);
}
