import { describe, expect, it } from "vitest";
import { englishClaimRows, type EnglishClaimRow } from "../helpers/english-claims.ts";

type Expected = EnglishClaimRow;

const claimsOf = (text: string): Expected[] => englishClaimRows(text);

/** UK copy quotes in single marks, which double as apostrophes; each row an article written for the test and every claim it holds. */
const rows: [string, string, Expected[]][] = [
  [
    "a single-quoted passage before its frame",
    `'We will not be pushed around,' the Home Secretary said.`,
    [{ speaker: "the Home Secretary", cue: "said", kind: "direct", text: "We will not be pushed around" }],
  ],
  [
    "after a colon, the closing mark after the full stop",
    `Ms Byrne said: 'Nobody here is above the rules.'`,
    [{ speaker: "Ms Byrne", cue: "said", kind: "direct", text: "Nobody here is above the rules" }],
  ],
  [
    "an apostrophe after a plural inside the frame is not a closing mark",
    `'We are let down and angry,' said Omar Haddad, a lawyer for the residents' association.`,
    [{ speaker: "Omar Haddad", cue: "said", kind: "direct", text: "We are let down and angry" }],
  ],
  [
    "contractions inside curly single quotes, then a floating quote",
    `‘We’re staying put,’ Ana Silva said. ‘It’s our home.’`,
    [
      { speaker: "Ana Silva", cue: "said", kind: "direct", text: "We’re staying put" },
      { speaker: "Ana Silva", cue: "", kind: "direct", text: "It’s our home" },
    ],
  ],
  [
    "a quoted word before a full stop makes a mixed claim",
    `The minister said the figures were 'fantasy'.`,
    [{ speaker: "The minister", cue: "said", kind: "mixed", text: "the figures were 'fantasy'" }],
  ],
  [
    "a quotation continued over paragraphs with single marks",
    `'We will keep going,' Ms Ross said.\n\n'The public is with us and we will not give up.\n\n'This is only the start.'`,
    [
      { speaker: "Ms Ross", cue: "said", kind: "direct", text: "We will keep going" },
      { speaker: "Ms Ross", cue: "", kind: "direct", text: "The public is with us and we will not give up" },
      { speaker: "Ms Ross", cue: "", kind: "direct", text: "This is only the start" },
    ],
  ],
  [
    "a quote split around its frame and a short adjunct (double curly marks)",
    `“The panel got it wrong,” Okoro said of the ruling, “and we will appeal.”`,
    [
      { speaker: "Okoro", cue: "said", kind: "direct", text: "The panel got it wrong" },
      { speaker: "Okoro", cue: "said", kind: "direct", text: "and we will appeal" },
    ],
  ],
  [
    "apostrophes alone make no quotation",
    `The players' union says it won't strike.`,
    [{ speaker: "The players' union", cue: "says", kind: "indirect", text: "it won't strike" }],
  ],
];

describe("extractEnglishClaims: single quotation marks", () => {
  it.each(rows)("%s", (_name, input, expected) => {
    expect(claimsOf(input)).toEqual(expected);
  });
});
