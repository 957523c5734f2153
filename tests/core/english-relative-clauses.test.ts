import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const claimsOf = (text: string) => extractEnglishClaims(text).map((c) => ({ speaker: c.speaker, cue: c.cue.text, text: c.text, rule: c.rule }));

type Row = [string, string, { speaker: string; cue: string; text: string; rule: string }[]];

/** Relative clauses around a cue: the clause's own cue speaks for its antecedent; a clause inside the subject is not the content. */
const rows: Row[] = [
  [
    "', who say' after an object: the antecedent speaks",
    `The dam has been opposed by fishing cooperatives, who say it will ruin the delta.`,
    [{ speaker: "fishing cooperatives", cue: "say", text: "it will ruin the delta", rule: "en.verb.relative.bare" }],
  ],
  [
    "', who said' inside the subject ends at the main verb",
    `The driver, who said he had not slept for a day, told police the brakes failed.`,
    [
      { speaker: "The driver", cue: "said", text: "he had not slept for a day", rule: "en.verb.relative.bare" },
      { speaker: "The driver", cue: "told", text: "the brakes failed", rule: "en.verb.svo.bare" },
    ],
  ],
  [
    "', who has also said that' with fillers",
    `Voters backed Ines Morel, who has also said that the tram line would be finished by 2030.`,
    [{ speaker: "Ines Morel", cue: "said", text: "the tram line would be finished by 2030", rule: "en.verb.relative.that" }],
  ],
  [
    "a 'for' phrase stays in the antecedent",
    `Reporters reached a spokeswoman for the port authority, who said the cranes were idle.`,
    [{ speaker: "a spokeswoman for the port authority", cue: "said", text: "the cranes were idle", rule: "en.verb.relative.bare" }],
  ],
  [
    "', which says' for a document",
    `The audit, which says the money was misspent, was leaked on Friday.`,
    [{ speaker: "The audit", cue: "says", text: "the money was misspent", rule: "en.verb.relative.bare" }],
  ],
  ["a question's 'Who said' has no speaker", `Who said the bridge was safe? Nobody will answer.`, []],
  [
    "a restrictive 'who said' (no comma) after a role noun: the antecedent speaks",
    `They met the farmer who said the well was dry.`,
    [{ speaker: "the farmer", cue: "said", text: "the well was dry", rule: "en.verb.relative.bare" }],
  ],
  ["a restrictive 'who said' after a pronoun is no attribution", `Anyone who said the well was dry was wrong.`, []],
  [
    "a verb inside a 'whose' clause does not make the subject a content",
    `Dana Kimura, whose brother is a firefighter, said the station had been closed.`,
    [{ speaker: "Dana Kimura", cue: "said", text: "the station had been closed", rule: "en.verb.svo.bare" }],
  ],
  [
    "past an appositive and a 'which' clause the subject is the name",
    `Okafor, a trustee of the museum, which has shown the collection since 1950, described the sale as "a betrayal".`,
    [{ speaker: "Okafor", cue: "described", text: `the sale as "a betrayal"`, rule: "en.verb.svo.object" }],
  ],
  [
    "a number with a thousands comma is not an appositive",
    `The union, which represents 12,500 nurses, said the offer was too low.`,
    [{ speaker: "The union", cue: "said", text: "the offer was too low", rule: "en.verb.svo.bare" }],
  ],
  [
    "an inverted frame whose speaker has a relative clause is a trailing attribution",
    `Turnout was the lowest in decades, said the officials, who added that the count would take a week.`,
    [
      { speaker: "the officials", cue: "said", text: "Turnout was the lowest in decades", rule: "en.verb.trailing.vs" },
      { speaker: "the officials", cue: "added", text: "the count would take a week", rule: "en.verb.relative.that" },
    ],
  ],
  [
    "a trailing frame whose subject holds a relative cue keeps both claims",
    `The two guards fled the camp, the witness, who said he had seen them leave, told the court.`,
    [
      { speaker: "the witness", cue: "said", text: "he had seen them leave", rule: "en.verb.relative.bare" },
      { speaker: "the witness", cue: "told", text: "The two guards fled the camp", rule: "en.verb.trailing.svo" },
    ],
  ],
  [
    "'according to' a source with a relative clause: the clause is not in the name",
    `The pumps failed twice last year, according to an engineer who has inspected them.`,
    [{ speaker: "an engineer", cue: "according to", text: "The pumps failed twice last year", rule: "en.according-to.trailing" }],
  ],
  [
    "'which X said had …': the relative pronoun is the reported clause's subject",
    `The pier, which surveyors said had been undermined by the storms, was closed on Monday.`,
    [{ speaker: "surveyors", cue: "said", text: "had been undermined by the storms", rule: "en.verb.relative.inner" }],
  ],
  [
    "'that X says is …' with no commas ends at the main clause's auxiliary",
    `A pesticide that the maker says is harmless has been banned in Spain.`,
    [{ speaker: "the maker", cue: "says", text: "is harmless", rule: "en.verb.relative.inner" }],
  ],
  [
    "', who X say was …' between commas",
    `The driver, who witnesses say was speeding, has been arrested.`,
    [{ speaker: "witnesses", cue: "say", text: "was speeding", rule: "en.verb.relative.inner" }],
  ],
  ["a relative clause with a cue and an object is not a reported clause", `The plan, which she said nothing about, was dropped.`, []],
];

describe("English relative clauses", () => {
  it.each(rows)("%s", (_name, sentence, expected) => {
    expect(claimsOf(`Headline\n\n${sentence}`)).toEqual(expected);
  });
});
