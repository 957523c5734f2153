import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const speakersOf = (text: string) => extractEnglishClaims(text).map((c) => [c.speaker, c.text]);

/** "he"/"she" after a quote means the person narration last made a clause's subject, even one never quoted before. */
const rows: [string, string, string[][]][] = [
  [
    "a described name after an opening phrase, then the bare surname with an appositive",
    `Headline\n\nAt the edge of the harbour, ferry pilot Owen Trask has seen the tides change.\n\nAlthough the season is short — the boats leave in May — Trask, 30 years on the water, keeps a log.\n\n“The water is warmer than it was,” he said.`,
    [["Owen Trask", "The water is warmer than it was"]],
  ],
  [
    "gender picks the woman over a more recent man",
    `Headline\n\nAfter the flood, Susan Marlow rebuilt the bakery.\n\nHer neighbour, Tom Reid, was less lucky, and Tom Reid has moved away.\n\n“We lost everything but the ovens,” she said.`,
    [["Susan Marlow", "We lost everything but the ovens"]],
  ],
  [
    "a man named as a subject outranks the earlier speaker for 'he'",
    `Headline\n\nThe council will vote on Monday, Mayor Ruth Keane said.\n\nOutside the hall a crowd gathered, and Mr. Dale Hurst plans a protest.\n\n“They never listen to us,” he said.`,
    [
      ["Mayor Ruth Keane", "The council will vote on Monday"],
      ["Mr. Dale Hurst", "They never listen to us"],
    ],
  ],
  [
    "an organisation as a subject is not 'he'",
    `Headline\n\n“Prices will rise,” said Paul Grant, an economist.\n\nSince January, Northwind Holdings has closed four plants.\n\n“Nobody is hiring,” he said.`,
    [
      ["Paul Grant", "Prices will rise"],
      ["Paul Grant", "Nobody is hiring"],
    ],
  ],
  [
    "a name after a verb or a preposition is an object, not a subject",
    `Headline\n\n“The inquiry is over,” said Paul Grant, a lawyer.\n\nPolice later questioned David Moss at the station, with John Hale present.\n\n“It was fair,” he said.`,
    [
      ["Paul Grant", "The inquiry is over"],
      ["Paul Grant", "It was fair"],
    ],
  ],
  [
    "a possessive name is not the subject",
    `Headline\n\n“We are ready,” said Maria Lopez, the coach.\n\nBy then, James Cole’s team was already on the bus.\n\n“It will be close,” she said.`,
    [
      ["Maria Lopez", "We are ready"],
      ["Maria Lopez", "It will be close"],
    ],
  ],
  [
    "a place with a given name in it is not 'he'",
    `Headline\n\n“The roads are clear,” said Chief Tom Hale.\n\nSince then, St. Louis has grown and San Jose has shrunk.\n\n“We are ready,” he said.`,
    [
      ["Chief Tom Hale", "The roads are clear"],
      ["Chief Tom Hale", "We are ready"],
    ],
  ],
  [
    "a storm with a given name is not 'she'",
    `Headline\n\n“The levees held,” said Mayor Ana Ruiz.\n\nAfter the flood, Hurricane Maria was retired as a name.\n\n“We rebuilt,” she said.`,
    [
      ["Mayor Ana Ruiz", "The levees held"],
      ["Mayor Ana Ruiz", "We rebuilt"],
    ],
  ],
];

describe("English pronouns reach people named as subjects in narration", () => {
  it.each(rows)("%s", (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
