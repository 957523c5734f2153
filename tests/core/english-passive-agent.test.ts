import { describe, expect, it } from "vitest";
import { englishClaimRows, type EnglishClaimRow } from "../helpers/english-claims.ts";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

type Expected = EnglishClaimRow;

const claimsOf = (text: string): Expected[] => englishClaimRows(text, true);

/** The agent of a passive cue speaks; each row a sentence written for the test and every claim it holds. */
const rows: [string, string, Expected[]][] = [
  [
    "a passive denial with its agent",
    "The report was denied by the defence ministry.",
    [{ speaker: "the defence ministry", cue: "denied", kind: "indirect", text: "The report was denied", rule: "en.verb.passive.agent" }],
  ],
  [
    "an adverb between the auxiliary and the participle",
    "The suggestion that the vote was rigged was flatly denied by his lawyers.",
    [
      {
        speaker: "his lawyers",
        cue: "denied",
        kind: "indirect",
        text: "The suggestion that the vote was rigged was flatly denied",
        rule: "en.verb.passive.agent",
      },
    ],
  ],
  [
    "quoted descriptions before the agent keep their closing mark",
    `His plan has been described as "reckless" and "cruel" by the Child Poverty Action Group.`,
    [
      {
        speaker: "Child Poverty Action Group",
        cue: "described",
        kind: "mixed",
        text: `His plan has been described as "reckless" and "cruel"`,
        rule: "en.verb.passive.agent",
      },
    ],
  ],
  [
    "an opening time adverbial is not part of the content",
    "Last spring, the hospital was accused of neglect by local families.",
    [{ speaker: "local families", cue: "accused", kind: "indirect", text: "the hospital was accused of neglect", rule: "en.verb.passive.agent" }],
  ],
  [
    "a time phrase closes the agent",
    "The figures were disputed by the Treasury last week.",
    [{ speaker: "Treasury", cue: "disputed", kind: "indirect", text: "The figures were disputed", rule: "en.verb.passive.agent" }],
  ],
  [
    "a possessive agent ('by his family')",
    "The death was confirmed by his family.",
    [{ speaker: "his family", cue: "confirmed", kind: "indirect", text: "The death was confirmed", rule: "en.verb.passive.agent" }],
  ],
  [
    "'was told by X that': the listener is the subject, the content follows 'that'",
    "The driver was told by doctors that he would never walk again.",
    [{ speaker: "doctors", cue: "told", kind: "indirect", text: "he would never walk again", rule: "en.verb.passive.agent.that" }],
  ],
  [
    "a relative clause after the agent is its own claim, not the agent's description",
    "The teacher was accused of fraud by prosecutors, who said she had taken $20,000.",
    [
      { speaker: "prosecutors", cue: "accused", kind: "indirect", text: "The teacher was accused of fraud", rule: "en.verb.passive.agent" },
      { speaker: "prosecutors", cue: "said", kind: "indirect", text: "she had taken $20,000", rule: "en.verb.relative.bare" },
    ],
  ],
  ["'by' with a date is not an agent", "The claim will be confirmed by Friday.", []],
  ["a passive of an act, not of words, attributes nothing", "The bridge was closed by police on Friday.", []],
  ["'was told by X' with no clause is not a claim", "The driver was told by police to wait.", []],
  ["a rejection is a decision, not a statement", "The appeal was rejected by the court.", []],
];

/** An object with an aside before its link word ("accused X, led by Y, of …"). */
const asides: [string, string, Expected[]][] = [
  [
    "a participle aside inside the object",
    "The opposition accused the government, led by Prime Minister Ana Roth, of hiding the cost of the war.",
    [
      {
        speaker: "The opposition",
        cue: "accused",
        kind: "indirect",
        text: "the government, led by Prime Minister Ana Roth, of hiding the cost of the war",
        rule: "en.verb.svo.object",
      },
    ],
  ],
  [
    "an appositive inside the object",
    "Campaigners accused Dunmore Foods, the region's biggest employer, of polluting the river.",
    [
      {
        speaker: "Campaigners",
        cue: "accused",
        kind: "indirect",
        text: "Dunmore Foods, the region's biggest employer, of polluting the river",
        rule: "en.verb.svo.object",
      },
    ],
  ],
  ["an aside with no link word after it is not an object frame", "She accused him, shouting, and walked out.", []],
];

describe("extractEnglishClaims: passives with an agent", () => {
  it.each(rows)("%s", (_name, input, expected) => {
    expect(claimsOf(input)).toEqual(expected);
  });
});

describe("extractEnglishClaims: an aside inside the object", () => {
  it.each(asides)("%s", (_name, input, expected) => {
    expect(claimsOf(input)).toEqual(expected);
  });
});

describe("extractEnglishClaims: a possessed source is not its possessor", () => {
  it("'Mr Hale's campaign' is a source of its own after Mr Hale spoke", () => {
    const text = `Tom Hale said the count was wrong.\n\nMr Hale's campaign said it would ask for a recount.`;
    expect(extractEnglishClaims(text).map((c) => c.speaker)).toEqual(["Tom Hale", "Mr Hale's campaign"]);
  });
});
