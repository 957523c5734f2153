import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const speakersOf = (text: string) => extractEnglishClaims(text).map((c) => [c.speaker, c.text]);

/** Definite descriptions and pronouns refer back to a person named in apposition at a sentence's start. */
const rows: [string, string, string[][]][] = [
  [
    "'the minister' after 'The health minister, NAME, visited …'",
    `Headline\n\nThe transport minister, Dr Amina Yusuf, toured the depot on Friday.\n\nThe minister said the new trains were safe.`,
    [["Dr Amina Yusuf", "the new trains were safe"]],
  ],
  [
    "'the chief executive' after 'Its chief executive, NAME, …'",
    `Headline\n\nIts chief executive, Pavel Novak, blamed the strike.\n\nThe chief executive said orders had dried up.`,
    [["Pavel Novak", "orders had dried up"]],
  ],
  [
    "a pronoun after the apposition",
    `Headline\n\nThe head teacher, Mrs Clara Dunn, closed the school early.\n\nShe said the heating had failed.`,
    [["Mrs Clara Dunn", "the heating had failed"]],
  ],
  [
    "'the Greens' are a group: 'the firm' and 'he' do not refer to them ('he' has no antecedent: no speaker)",
    `Headline\n\nThe Greens said the levy was unfair.\n\nThe firm insists it has paid every bill.\n\nHe said the audit was clean.`,
    [
      ["The Greens", "the levy was unfair"],
      ["The firm", "it has paid every bill"],
      ["", "the audit was clean"],
    ],
  ],
  [
    "'the ministry' after an organisation named only by title words opened a sentence",
    `Headline\n\nThe Ministry of Transport issued new rules on Monday.\n\nThe ministry said drivers would have a year to comply.`,
    [["The Ministry of Transport", "drivers would have a year to comply"]],
  ],
  [
    "'the department' skips a person who spoke in between",
    `Headline\n\nThe Department for Education published the results. Ruth Amos, a head teacher, said they were unfair. The department said the data was sound.`,
    [
      ["Ruth Amos", "they were unfair"],
      ["The Department for Education", "the data was sound"],
    ],
  ],
  [
    "a plural organisation noun ('the operators') is not the latest named organisation",
    `Headline\n\nThe Harbour Workers Union said the talks had failed.\n\nThe operators said a new offer would follow.`,
    [
      ["The Harbour Workers Union", "the talks had failed"],
      ["The operators", "a new offer would follow"],
    ],
  ],
  [
    "a capitalised plural opening a sentence ('Shares rose') is not a company 'the company' can mean",
    `Headline\n\nShares rose 5% after the company said profits had doubled.`,
    [["the company", "profits had doubled"]],
  ],
  [
    "a possessor's honorific in the description does not give the speaker its gender",
    `Headline\n\nMr Dorn's solicitor, Ruth Amadi, said her client would appeal. "He has done nothing wrong," she said.`,
    [
      ["Ruth Amadi", "her client would appeal"],
      ["Ruth Amadi", "He has done nothing wrong"],
    ],
  ],
  [
    "a document that spoke is no one's 'he'",
    `Headline\n\nOlga Petrov chairs the trust. Figures showed that waiting lists had grown. He said the trust was not to blame.`,
    [
      ["Figures", "waiting lists had grown"],
      ["", "the trust was not to blame"],
    ],
  ],
];

describe("English coreference through an opening apposition", () => {
  it.each(rows)("%s", (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
