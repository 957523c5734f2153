import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const claimsOf = (text: string) => extractEnglishClaims(text).map((c) => ({ speaker: c.speaker, cue: c.cue.text, text: c.text, rule: c.rule }));

/** Cues beyond "said": each row a sentence written for the test, and the one claim (or none) it holds. */
const rows: [string, string, { speaker: string; cue: string; text: string; rule: string } | undefined][] = [
  [
    "admitted without 'that'",
    `The minister admitted the scheme had failed.`,
    { speaker: "The minister", cue: "admitted", text: "the scheme had failed", rule: "en.verb.svo.bare" },
  ],
  [
    "denied with 'that'",
    `Mr Hale denied that the firm had broken the law.`,
    { speaker: "Mr Hale", cue: "denied", text: "the firm had broken the law", rule: "en.verb.svo.that" },
  ],
  [
    "denied with a pronoun subject and a past verb",
    `The striker denied he faked the injury.`,
    { speaker: "The striker", cue: "denied", text: "he faked the injury", rule: "en.verb.svo.bare" },
  ],
  ["acknowledged", `She acknowledged that mistakes were made.`, { speaker: "", cue: "acknowledged", text: "mistakes were made", rule: "en.verb.svo.that" }],
  ["pledged", `The mayor pledged no homes would be lost.`, { speaker: "The mayor", cue: "pledged", text: "no homes would be lost", rule: "en.verb.svo.bare" }],
  ["revealed", `The audit revealed that costs had tripled.`, { speaker: "The audit", cue: "revealed", text: "costs had tripled", rule: "en.verb.svo.that" }],
  [
    "suggested",
    `Dr Ama Owusu suggested the rules were too strict.`,
    { speaker: "Dr Ama Owusu", cue: "suggested", text: "the rules were too strict", rule: "en.verb.svo.bare" },
  ],
  ["insisted", `He insisted the plan would work.`, { speaker: "", cue: "insisted", text: "the plan would work", rule: "en.verb.svo.bare" }],
  [
    "conceded",
    `The coach conceded his side had been poor.`,
    { speaker: "The coach", cue: "conceded", text: "his side had been poor", rule: "en.verb.svo.bare" },
  ],
  [
    "described X as …",
    `The union described the offer as "an insult to nurses".`,
    { speaker: "The union", cue: "described", text: `the offer as "an insult to nurses"`, rule: "en.verb.svo.object" },
  ],
  [
    "branded X a …",
    `Ms Reed branded the decision a "betrayal of voters".`,
    { speaker: "Ms Reed", cue: "branded", text: `the decision a "betrayal of voters"`, rule: "en.verb.svo.object" },
  ],
  [
    "branding X straight into a quote",
    `The council leader resigned, branding the inquiry "a stitch-up".`,
    { speaker: "The council leader", cue: "branding", text: `the inquiry "a stitch-up"`, rule: "en.participle.object" },
  ],
  [
    "told the court: the listener sits between cue and content",
    `Joe Frank told the court he had never met the accused.`,
    { speaker: "Joe Frank", cue: "told", text: "he had never met the accused", rule: "en.verb.svo.bare" },
  ],
  [
    "told reporters",
    `Police chief Ian Moss told reporters the road would reopen.`,
    { speaker: "Ian Moss", cue: "told", text: "the road would reopen", rule: "en.verb.svo.bare" },
  ],
  [
    "sentence-final 'says a report'",
    `House prices will fall by 5% next year, says a report.`,
    { speaker: "a report", cue: "says", text: "House prices will fall by 5% next year", rule: "en.verb.trailing.vs" },
  ],
  [
    "an inverted cue after a clause, its speaker with an 'of' phrase",
    `A new levy would hurt small farms, said Tom Hale of the Rural Trust.`,
    { speaker: "Tom Hale of the Rural Trust", cue: "said", text: "A new levy would hurt small farms", rule: "en.verb.trailing.vs" },
  ],
  [
    "a subject with an appositive before the cue is not an inverted frame",
    `Ana Ruiz, the transport minister, said fares would rise.`,
    { speaker: "Ana Ruiz", cue: "said", text: "fares would rise", rule: "en.verb.svo.bare" },
  ],
  ["a noun object is not a reported clause", `The minister denied the allegations made against him.`, undefined],
  ["a priced claim is a noun", `Tax officials are pursuing a $27.5bn tax claim against the firm.`, undefined],
  ["plural claims before a verb are a noun", `The tax claims were rejected by the court.`, undefined],
  ["a participle after a determiner is an adjective", `Little of the promised money has arrived.`, undefined],
  [
    "a plural verb after a determiner phrase is still a cue",
    `The company claims that its rival copied the design.`,
    { speaker: "The company", cue: "claims", text: "its rival copied the design", rule: "en.verb.svo.that" },
  ],
];

describe("extractEnglishClaims: cues beyond said", () => {
  it.each(rows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected ? [expected] : []);
  });
});
