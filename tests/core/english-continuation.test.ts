import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";
import { splitReopenedQuotes } from "../../src/core/english/reopened-quotes.ts";
import { findQuotes } from "../../src/core/text/quotes.ts";

const claimsOf = (text: string) => extractEnglishClaims(text).map((c) => [c.speaker, c.text] as const);

describe("English quotes continued over run-together paragraphs", () => {
  const rows: [string, string, (readonly [string, string])[]][] = [
    [
      "a mark reopened after a stop starts a new passage of the same speaker",
      `Coach Dana Reyes told a local radio station: "We played badly. We deserved to lose. "Nobody in this squad is above criticism." The club later apologised.`,
      [
        ["Coach Dana Reyes", "We played badly. We deserved to lose"],
        ["Coach Dana Reyes", "Nobody in this squad is above criticism"],
      ],
    ],
    [
      "narration after the reopened passage closes is not swallowed by the first one",
      `"The bridge is safe. "We checked every bolt," the engineer Priya Nair said. Inspectors disagreed with her, arguing that the cables had corroded.`,
      [
        ["Priya Nair", "The bridge is safe"],
        ["Priya Nair", "We checked every bolt"],
        ["Inspectors", "the cables had corroded"],
      ],
    ],
    [
      "an unclosed passage followed by an attributed one belongs to the speaker named next",
      `"This is a bad deal for farmers," said Senator Ruth Okafor. "Prices will fall. "Families will suffer," Mayor Tom Briggs told the radio.`,
      [
        ["Senator Ruth Okafor", "This is a bad deal for farmers"],
        ["Mayor Tom Briggs", "Prices will fall"],
        ["Mayor Tom Briggs", "Families will suffer"],
      ],
    ],
    [
      "a closed floating quote after a turn stays with the previous speaker even when another speaker follows",
      `"The plan is fair," said Ines Duarte. "It protects everyone." "It protects nobody," Carl Mendes replied.`,
      [
        ["Ines Duarte", "The plan is fair"],
        ["Ines Duarte", "It protects everyone"],
        ["Carl Mendes", "It protects nobody"],
      ],
    ],
    [
      "a paragraph of quotation with no turn before it takes the speaker attributed next",
      `The hearing opened on Monday.\n\n"We have waited years for this." "Now we want answers," said Leila Haddad, whose son died in the fire.`,
      [
        ["Leila Haddad", "We have waited years for this"],
        ["Leila Haddad", "Now we want answers"],
      ],
    ],
    [
      "a floating quote with no speaker before or after is not claimed",
      `The hearing opened on Monday.\n\n"We have waited years for this." Nobody from the council attended.`,
      [],
    ],
  ];
  it.each(rows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe("splitReopenedQuotes", () => {
  const spans = (text: string) =>
    splitReopenedQuotes(text, findQuotes(text, 0, text.length), text.length).map((q) => [text.slice(q.contentStart, q.contentEnd), q.closed]);

  it("ends the open passage at the stop before the new mark and pairs the rest on its own", () => {
    expect(spans(`He said: "One. Two. "Three." Four "five" six.`)).toEqual([
      ["One. Two.", false],
      ["Three.", true],
      ["five", true],
    ]);
  });

  it("leaves a quote with no mark after a stop as it was", () => {
    const text = `She called it "a disaster" and left. "We will appeal," she added.`;
    expect(splitReopenedQuotes(text, findQuotes(text, 0, text.length), text.length)).toEqual(findQuotes(text, 0, text.length));
  });

  it("keeps a quoted word inside a continued passage nested in it", () => {
    expect(spans(`"It was chaos. "People said "run" and we ran." Then silence.`)).toEqual([
      ["It was chaos.", false],
      ['People said "run" and we ran.', true],
    ]);
  });
});
