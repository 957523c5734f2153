import { describe, expect, it } from "vitest";
import { checkArticleText, decodeArticleText } from "../../src/domain/decode-article-text.ts";

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeArticleText: one rule for every way an article's text arrives", () => {
  it.each([
    ["plain UTF-8", utf8("قال الوزير"), { text: "قال الوزير" }],
    ["UTF-8 with a byte-order mark (the mark goes)", bytes(0xef, 0xbb, 0xbf, 0x41), { text: "A" }],
    ["text kept exactly: CRLF, spaces, bidi controls", utf8("a\r\n \u202Eb"), { text: "a\r\n \u202Eb" }],
    ["bytes that are not UTF-8", bytes(0x71, 0xe9, 0xff), { problem: "notUtf8" }],
    ["a NUL byte in otherwise good text", bytes(0x41, 0x00, 0x42), { problem: "nulByte" }],
    ["only blanks", utf8(" \n\u00A0\t"), { problem: "empty" }],
    ["nothing at all", bytes(), { problem: "empty" }],
  ])("%s", (_name, input, expected) => {
    expect(decodeArticleText(input)).toEqual(expected);
  });

  it("checks pasted text by the same rule as decoded text", () => {
    expect(checkArticleText("A\u0000B")).toEqual({ problem: "nulByte" });
    expect(checkArticleText("  ")).toEqual({ problem: "empty" });
    expect(checkArticleText("A")).toEqual({ text: "A" });
  });
});
