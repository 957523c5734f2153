import { describe, expect, it } from "vitest";
import { englishClaimRows, type EnglishClaimRow } from "../helpers/english-claims.ts";

type Expected = EnglishClaimRow;

const claimsOf = (text: string): Expected[] => englishClaimRows(text);

const rows: [string, string, Expected[]][] = [
  [
    "a quoted fragment after a word is part of a mixed trailing claim, not a quote of its own",
    `The reform came at a time when schools were "stretched to breaking point", the union leader Mary Cole said.`,
    [{ speaker: "Mary Cole", cue: "said", kind: "mixed", text: `The reform came at a time when schools were "stretched to breaking point"` }],
  ],
  [
    "a quote followed by its speaker and cue is a direct claim",
    `"We will not back down," the minister said.`,
    [{ speaker: "the minister", cue: "said", kind: "direct", text: "We will not back down" }],
  ],
  [
    "an inverted cue takes the name after it and keeps the appositive out of the speaker",
    `"The system worked exactly as designed," said Jane Poll, a spokeswoman for the transport ministry.`,
    [{ speaker: "Jane Poll", cue: "said", kind: "direct", text: "The system worked exactly as designed" }],
  ],
  [
    "a speaker and cue before a colon introduce the quote after it",
    `Prime Minister Keir Starmer said: "This is a moment of real danger for the country"`,
    [{ speaker: "Prime Minister Keir Starmer", cue: "said", kind: "direct", text: "This is a moment of real danger for the country" }],
  ],
  [
    "a split quote gives two claims with the same speaker",
    `“We are ready to talk,” Mr. Lavrov said, “but not under threats.”`,
    [
      { speaker: "Mr. Lavrov", cue: "said", kind: "direct", text: "We are ready to talk" },
      { speaker: "Mr. Lavrov", cue: "said", kind: "direct", text: "but not under threats" },
    ],
  ],
  [
    "a quote that forms its own sentence after a turn goes to the previous speaker",
    `"Prices will keep rising," said Tom Hale, an economist at Barclays. "There is no quick fix"`,
    [
      { speaker: "Tom Hale", cue: "said", kind: "direct", text: "Prices will keep rising" },
      { speaker: "Tom Hale", cue: "", kind: "direct", text: "There is no quick fix" },
    ],
  ],
  [
    "a paragraph that is entirely a quote continues the previous speaker",
    `"We were not consulted," Governor Ana Ruiz said.\n\n"Nobody asked the people who live here what they wanted"`,
    [
      { speaker: "Governor Ana Ruiz", cue: "said", kind: "direct", text: "We were not consulted" },
      { speaker: "Governor Ana Ruiz", cue: "", kind: "direct", text: "Nobody asked the people who live here what they wanted" },
    ],
  ],
  [
    "a question mark stays in the quote and asked is a cue",
    `"Who will pay for this?" asked Sen. Mark Udall.`,
    [{ speaker: "Sen. Mark Udall", cue: "asked", kind: "direct", text: "Who will pay for this?" }],
  ],
  ["a short title in quotes with no cue is not a claim", `The film "Dune" opened in 4,000 theaters on Friday.`, []],
  ["a scare quote inside a sentence without a cue is not a claim", `The so-called "peace plan" has been rejected by both sides.`, []],
  ["a floating quote with no earlier speaker is not attributed", `"Hope is not a strategy."`, []],
];

describe("extractEnglishClaims: direct quotes", () => {
  it.each(rows)("%s", (_name, input, expected) => {
    expect(claimsOf(input)).toEqual(expected);
  });
});
