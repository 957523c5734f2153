import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const claimsOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => [c.speaker, c.kind, c.text]);

/** A sentence holding a first attribution and then a quote that a second speaker's trailing cue attributes: two turns. */
const rows: [string, string, string[][]][] = [
  [
    "a parenthetical 'the engineers said' and a trailing quote of another speaker",
    "To cut the risk, the engineers said, the company replaced the old pipes, “so nothing can leak,” Ms. Varga said.",
    [
      ["the engineers", "indirect", "To cut the risk, the engineers said, the company replaced the old pipes"],
      ["Ms. Varga", "direct", "so nothing can leak"],
    ],
  ],
  [
    "an inverted parenthetical ('say engineers') and a trailing quote",
    "The plant, say engineers, is unsafe, “and it could fail any day,” Ms. Varga said.",
    [
      ["engineers", "indirect", "The plant, say engineers, is unsafe"],
      ["Ms. Varga", "direct", "and it could fail any day"],
    ],
  ],
  [
    "a reported clause and a quote that another speaker adds",
    "The mayor said the bridge would reopen in June, “if the weather holds,” a spokeswoman added.",
    [
      ["The mayor", "indirect", "the bridge would reopen in June"],
      ["a spokeswoman", "direct", "if the weather holds"],
    ],
  ],
  [
    "the second speaker's quote goes on after the frame",
    "In the end, the engineers said, the company gave up, “and nobody knows why,” Ms. Varga said, “least of all the staff.”",
    [
      ["the engineers", "indirect", "In the end, the engineers said, the company gave up"],
      ["Ms. Varga", "direct", "and nobody knows why"],
      ["Ms. Varga", "direct", "least of all the staff"],
    ],
  ],
  [
    "a quote inside the parenthetical's own clause, with no cue after it, stays in its content",
    "The bridge, the mayor said, was “beyond repair.”",
    [["the mayor", "mixed", "The bridge, the mayor said, was “beyond repair.”"]],
  ],
];

describe("English sentences with two attributions: a frame, then another speaker's trailing quote", () => {
  it.each(rows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
