import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const claimsOf = (text: string) => extractEnglishClaims(text).map((c) => ({ speaker: c.speaker, cue: c.cue.text, kind: c.kind, text: c.text }));

const rows: [string, string, { speaker: string; cue: string; kind: string; text: string }[]][] = [
  [
    "reported speech after 'that' is the text after the complementiser",
    "The Kremlin said on Tuesday that it had no plans to expand the exercises.",
    [{ speaker: "The Kremlin", cue: "said", kind: "indirect", text: "it had no plans to expand the exercises" }],
  ],
  [
    "reported speech without 'that' starts right after the cue",
    "Finance Minister Lars Berg said the budget would be balanced by 2027.",
    [{ speaker: "Finance Minister Lars Berg", cue: "said", kind: "indirect", text: "the budget would be balanced by 2027" }],
  ],
  [
    "a quoted fragment inside reported speech makes a mixed claim",
    `Sen. Jon Tester said the bill was "dead on arrival" in the House.`,
    [{ speaker: "Sen. Jon Tester", cue: "said", kind: "mixed", text: `the bill was "dead on arrival" in the House` }],
  ],
  [
    "the outlet after 'told' is the channel, not the speaker",
    "A senior European diplomat told Reuters the sanctions package could be agreed next week.",
    [{ speaker: "A senior European diplomat", cue: "told", kind: "indirect", text: "the sanctions package could be agreed next week" }],
  ],
  [
    "an attribution after the clause takes the clause before the comma",
    "The ceasefire is expected to take effect at midnight, officials said.",
    [{ speaker: "officials", cue: "said", kind: "indirect", text: "The ceasefire is expected to take effect at midnight" }],
  ],
  [
    "an inverted trailing attribution keeps the appositive out of the speaker",
    "Turnout was the highest since 1992, said Ana Lopes, a spokeswoman for the electoral commission.",
    [{ speaker: "Ana Lopes", cue: "said", kind: "indirect", text: "Turnout was the highest since 1992" }],
  ],
  [
    "'according to' at the start leaves the host clause as the content",
    "According to the health ministry, 41 people were treated for smoke inhalation.",
    [{ speaker: "the health ministry", cue: "According to", kind: "indirect", text: "41 people were treated for smoke inhalation" }],
  ],
  [
    "'according to' at the end leaves the clause before it as the content",
    "The plant will close in March, according to a letter sent to employees.",
    [{ speaker: "a letter sent to employees", cue: "according to", kind: "indirect", text: "The plant will close in March" }],
  ],
  [
    "a participle after a comma continues the same speaker's turn",
    "Mayor Ruth Cole said the pool would reopen in May, adding that repairs had cost $2 million.",
    [
      { speaker: "Mayor Ruth Cole", cue: "said", kind: "indirect", text: "the pool would reopen in May" },
      { speaker: "Mayor Ruth Cole", cue: "adding", kind: "indirect", text: "repairs had cost $2 million" },
    ],
  ],
  [
    "a coordinated second cue ends the first content and keeps the speaker",
    "The agency said it had opened an inquiry and warned that fines could follow.",
    [
      { speaker: "The agency", cue: "said", kind: "indirect", text: "it had opened an inquiry" },
      { speaker: "The agency", cue: "warned", kind: "indirect", text: "fines could follow" },
    ],
  ],
  [
    "'late' before a noun opens the clause, not a time adjunct",
    "Dairy farmers say late deliveries have cost them a month of income.",
    [{ speaker: "Dairy farmers", cue: "say", kind: "indirect", text: "late deliveries have cost them a month of income" }],
  ],
  [
    "a capitalised 'May' after the cue is the month, so the search for 'that' goes on",
    "The watchdog said in May that 14 lenders had breached the rules.",
    [{ speaker: "The watchdog", cue: "said", kind: "indirect", text: "14 lenders had breached the rules" }],
  ],
  [
    "a body named after 'told' is the listener, and the clause follows it without 'that'",
    "Parks director Hana Kole told the committee the pool would reopen in July.",
    [{ speaker: "Hana Kole", cue: "told", kind: "indirect", text: "the pool would reopen in July" }],
  ],
  [
    "'urged' with an object and 'to' reports the object and what it is urged to do",
    "The fire chief closed the beach and urged swimmers to stay out of the water.",
    [{ speaker: "The fire chief", cue: "urged", kind: "indirect", text: "swimmers to stay out of the water" }],
  ],
  [
    "'accused X of' after a first claim is a second claim of the same speaker",
    `Mr. Dev Patel said the vote was rushed and accused the board of "hiding the numbers" from parents.`,
    [
      { speaker: "Mr. Dev Patel", cue: "said", kind: "indirect", text: "the vote was rushed" },
      { speaker: "Mr. Dev Patel", cue: "accused", kind: "mixed", text: `the board of "hiding the numbers" from parents` },
    ],
  ],
  ["'accused of' with no object is a description, not a claim", "A driver accused of speeding appeared in court on Friday.", []],
  ["'the accused' is a noun, not a cue", "The accused sat silently through the hearing.", []],
  [
    "'no.' before a sentence opener ends the sentence, so the next subject is found",
    "Councillor Ruth Lamb, who had backed the plan, voted no. She said the costs had doubled.",
    [{ speaker: "Councillor Ruth Lamb", cue: "said", kind: "indirect", text: "the costs had doubled" }],
  ],
  [
    "'No.' before a number does not end the sentence",
    "The team ranked No. 3 in the league said it would appeal the fine.",
    [{ speaker: "The team ranked No. 3 in the league", cue: "said", kind: "indirect", text: "it would appeal the fine" }],
  ],
  ["'that said' is a concessive, not a claim", "That said, the economy grew faster than expected.", []],
  ["'declined to say' is not a claim", "The company declined to say how many jobs would be cut.", []],
  ["a passive 'was told' is not a claim", "The driver was told to leave the vehicle.", []],
  ["'denied' with a plain object is not a claim", "The minister denied the allegations.", []],
  ["a capitalised 'States' inside a name is not a cue", "Exports to the United States rose 4% in May.", []],
  ["'according to plan' names no source", "The launch went according to plan, despite the weather.", []],
];

describe("extractEnglishClaims: reported speech", () => {
  it.each(rows)("%s", (_name, input, expected) => {
    expect(claimsOf(input)).toEqual(expected);
  });
});
