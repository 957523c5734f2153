import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const claimsOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => [c.speaker, c.cue.text, c.kind, c.text]);

/** Reporting phrases beyond single verbs: accounts of how something happened, appeals and warnings issued, durations before "that". */
const rows: [string, string, string[][]][] = [
  [
    "'has described how' with a quoted fragment",
    "The father of a boy who fell ill has described how his son was “shaking all night” before he died.",
    [["The father of a boy who fell ill", "described how", "mixed", "his son was “shaking all night” before he died"]],
  ],
  ["'recounted how'", "The witness recounted how the gunman had fired twice.", [["The witness", "recounted how", "indirect", "the gunman had fired twice"]]],
  [
    "'explained how'",
    "The head teacher explained how the pupils would be assessed.",
    [["The head teacher", "explained how", "indirect", "the pupils would be assessed"]],
  ],
  [
    "'issued a plea for' someone to act",
    "Jane Okafor issued a plea for parents to check their medicine cabinets.",
    [["Jane Okafor", "issued a plea for", "indirect", "parents to check their medicine cabinets"]],
  ],
  [
    "'made an appeal to' someone to act",
    "The council made an appeal to residents to save water.",
    [["The council", "made an appeal to", "indirect", "residents to save water"]],
  ],
  [
    "'issued a stark warning to' someone to act",
    "The agency issued a stark warning to drivers to stay off the roads.",
    [["The agency", "issued a stark warning to", "indirect", "drivers to stay off the roads"]],
  ],
  [
    "'issued a warning that' and a clause",
    "The agency issued a warning that the river could burst its banks.",
    [["The agency", "issued a warning", "indirect", "the river could burst its banks"]],
  ],
  [
    "'launched an appeal for' witnesses to act (police copy)",
    "Detectives have launched an appeal for witnesses to come forward.",
    [["Detectives", "launched an appeal for", "indirect", "witnesses to come forward"]],
  ],
  ["a plea with no one asked to act is no claim", "Police made a plea for calm.", []],
  ["an appeal for money is no claim", "The charity launched an appeal for funds.", []],
  [
    "a bare 'described' still reports through its object",
    "The guide described the view as “breathtaking.”",
    [["The guide", "described", "mixed", "the view as “breathtaking.”"]],
  ],
  [
    "'argued for years that'",
    "Western diplomats have argued for years that the embargo was failing.",
    [["Western diplomats", "argued", "indirect", "the embargo was failing"]],
  ],
  [
    "'for the past two decades' before 'that'",
    "Farmers have said for the past two decades that the river is dying.",
    [["Farmers", "said", "indirect", "the river is dying"]],
  ],
  ["'that day' after a duration is no clause", "She argued for hours with the clerk that day.", []],
  ["'divulged … that'", "Officials divulged Thursday that the deal had collapsed.", [["Officials", "divulged", "indirect", "the deal had collapsed"]]],
  [
    "a relative clause's content ends at the main clause's present-tense cue",
    "Nurses, who have warned for months that wards are understaffed, say the new rota is worse.",
    [
      ["Nurses", "warned", "indirect", "wards are understaffed"],
      ["Nurses", "say", "indirect", "the new rota is worse"],
    ],
  ],
];

describe("English accounts, appeals and warnings as reporting phrases", () => {
  it.each(rows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
