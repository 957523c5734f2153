import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const claimsOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => [c.speaker, c.cue.text, c.kind, c.text]);
const speakersOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => c.speaker);

type Row = [string, string, string[][]];
type SpeakerRow = [string, string, string[]];

/** en.brand.exclamation: a "!" inside a name ("E! News", "Yahoo! Finance") ends no sentence and cuts no source. */
const brandRows: Row[] = [
  [
    "'according to a report by E! News'",
    "The drummer has quit the band, according to a report by E! News.",
    [["E! News", "according to", "indirect", "The drummer has quit the band"]],
  ],
  [
    "a listed brand before a continuation word speaks",
    "The chain will close forty stores, Yahoo! Finance reported on Friday.",
    [["Yahoo! Finance", "reported", "indirect", "The chain will close forty stores"]],
  ],
  [
    "a listed brand before a lower-case word stays in its sentence",
    "A former Jeopardy! champion said the final round had been rigged.",
    [["A former Jeopardy! champion", "said", "indirect", "the final round had been rigged"]],
  ],
  [
    "an exclamation before a new sentence still ends it",
    `The crowd chanted "Out!" Organisers said the match would resume on Sunday.`,
    [["Organisers", "said", "indirect", "the match would resume on Sunday"]],
  ],
];

describe("Brand names spelt with '!' (en.brand.exclamation)", () => {
  it.each(brandRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/**
 * en.description.name-modifier: "the production company", "the record label", "the oil firm" point to the
 * recent organisation whose name holds the modifier, even when it names itself in its own words; a name
 * closed by an organisation noun ("Studios", "Productions") is an organisation, never a person.
 */
const modifierRows: SpeakerRow[] = [
  [
    "'the production company' after a named production company that names itself in its quote",
    `Harbourlight Productions rejected the report on Tuesday. "Harbourlight Productions never agreed to the deal," the production company said.`,
    ["Harbourlight Productions"],
  ],
  [
    "'the record label' after '… Records', with another company named between",
    `Ostrava Records sued Kelvin Media over the album. Kelvin Media declined to comment. "We own the masters," the record label said.`,
    ["Ostrava Records"],
  ],
  ["a studio named after a person is no 'she'", "Maria Lenz Studios said it would appeal. She said the ruling was unfair.", ["Maria Lenz Studios", ""]],
  [
    "'the studio' after a named studio",
    `Maria Lenz Studios said it would appeal. "We will keep filming," the studio said.`,
    ["Maria Lenz Studios", "Maria Lenz Studios"],
  ],
  [
    "a modifier that matches no name leaves the usual resolution",
    `Torvald Energy cut its forecast. "Demand is weak," the oil company said.`,
    ["Torvald Energy"],
  ],
];

describe("Typed descriptions find the organisation their modifier names (en.description.name-modifier)", () => {
  it.each(modifierRows)("%s", (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
