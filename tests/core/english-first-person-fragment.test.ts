import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const claimsOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => [c.speaker, c.kind, c.text]);

const turn = "“Nobody saw this coming,” said Lena Ward, a grain trader.";

/** A quoted first-person fragment closing a narration sentence, right after a turn, is that speaker's (mixed) claim. */
const rows: [string, string, string[][]][] = [
  [
    "a fragment in the first person after a turn in the same paragraph",
    `${turn} The wheat price, which fell again on Friday, is “lower than I have ever known it.”`,
    [
      ["Lena Ward", "direct", "Nobody saw this coming"],
      ["Lena Ward", "mixed", "The wheat price, which fell again on Friday, is “lower than I have ever known it.”"],
    ],
  ],
  [
    "the writer's bracketed aside after the fragment stays out",
    `${turn} The harvest was “the worst we’ve had.” (Ward farms near Leeds.)`,
    [
      ["Lena Ward", "direct", "Nobody saw this coming"],
      ["Lena Ward", "mixed", "The harvest was “the worst we’ve had.”"],
    ],
  ],
  [
    "'he' as the subject is the same speaker",
    `${turn} She is “not sure I can carry on.”`,
    [
      ["Lena Ward", "direct", "Nobody saw this coming"],
      ["Lena Ward", "mixed", "She is “not sure I can carry on.”"],
    ],
  ],
  [
    "a group subject quotes its own words, not the previous speaker's",
    `${turn} Farmers called the harvest “the worst of our lives.”`,
    [["Lena Ward", "direct", "Nobody saw this coming"]],
  ],
  ["'they' as the subject is not the previous speaker", `${turn} They called it “our darkest hour.”`, [["Lena Ward", "direct", "Nobody saw this coming"]]],
  [
    "a described person as the subject is not the previous speaker",
    `${turn} The mill’s owner was “as shocked as we were.”`,
    [["Lena Ward", "direct", "Nobody saw this coming"]],
  ],
  ["a fragment without a first person is a scare quote", `${turn} The price is now “unusually low.”`, [["Lena Ward", "direct", "Nobody saw this coming"]]],
  [
    "a capitalised title is not a fragment of speech",
    `${turn} Her farm features in the film “We Grow Wheat.”`,
    [["Lena Ward", "direct", "Nobody saw this coming"]],
  ],
  ["no turn in the paragraph, no speaker", `${turn}\n\nThe price is “lower than I have ever known it.”`, [["Lena Ward", "direct", "Nobody saw this coming"]]],
];

describe("English first-person quoted fragments after a turn", () => {
  it.each(rows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
