import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const claimsOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => [c.speaker, c.kind, c.text]);

/** `"…," DESCRIPTION, NAME, said`: the name in apposition speaks, and the quote alone is the (direct) claim. */
const rows: [string, string, string[][]][] = [
  [
    "a kinship description and a first name",
    "“The drug was in her blood,” her sister, Ruth, said in a statement.",
    [["Ruth", "direct", "The drug was in her blood"]],
  ],
  ["a possessive role and a full name", "“We will appeal,” the company’s lawyer, Greg Marsh, told reporters.", [["Greg Marsh", "direct", "We will appeal"]]],
  ["a role with a time adjunct after the cue", "“It is over,” his coach, Tom Reid, said on Sunday.", [["Tom Reid", "direct", "It is over"]]],
  ["without the apposition the description speaks", "“It is over,” his coach said on Sunday.", [["his coach", "direct", "It is over"]]],
  ["a relative clause is not a name in apposition", "“It was cold,” the man, who asked not to be named, said.", [["the man", "direct", "It was cold"]]],
];

describe("English quotes attributed to a name in apposition after them", () => {
  it.each(rows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
