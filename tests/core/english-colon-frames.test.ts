import { describe, expect, it } from "vitest";
import { englishClaimRows, type EnglishClaimRow } from "../helpers/english-claims.ts";

type Expected = EnglishClaimRow;

const claimsOf = (text: string): Expected[] => englishClaimRows(text, true);

/** A frame ending in a colon and the words it introduces; each row an article written for the test and every claim it holds. */
const rows: [string, string, Expected[]][] = [
  [
    "a quotation in the next paragraph",
    `The health secretary told MPs:\n\n"We will not close a single ward. The money is there."\n\nThe opposition was unconvinced.`,
    [
      {
        speaker: "The health secretary",
        cue: "told",
        kind: "direct",
        text: "We will not close a single ward. The money is there",
        rule: "en.colon-frame.next",
      },
    ],
  ],
  [
    "an unquoted next paragraph: only its first sentence",
    `In a short statement, the club said:\n\nThe manager has left by mutual consent. A successor will be named soon.`,
    [{ speaker: "the club", cue: "said", kind: "indirect", text: "The manager has left by mutual consent", rule: "en.colon-frame.next" }],
  ],
  [
    "bullet points, each a claim, until the list ends",
    `The union said in a statement:\n\n- the offer was below inflation\n\n- members had not been consulted\n\nTalks resume on Monday.`,
    [
      { speaker: "The union", cue: "said", kind: "indirect", text: "the offer was below inflation", rule: "en.colon-frame.next" },
      { speaker: "The union", cue: "said", kind: "indirect", text: "members had not been consulted", rule: "en.colon-frame.next" },
    ],
  ],
  [
    "unquoted words after the colon in the same sentence",
    `The inspector said: the school has improved in every area.`,
    [{ speaker: "The inspector", cue: "said", kind: "indirect", text: "the school has improved in every area", rule: "en.verb.svo.colon" }],
  ],
  ["a colon after a noun is not a frame", `The verdict was clear:\n\nThe scheme had failed.`, []],
  ["a frame with nothing after it claims nothing", `The minister said:`, []],
];

describe("extractEnglishClaims: colon frames", () => {
  it.each(rows)("%s", (_name, input, expected) => {
    expect(claimsOf(input)).toEqual(expected);
  });
});
