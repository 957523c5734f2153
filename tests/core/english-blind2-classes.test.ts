import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const claimsOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => [c.speaker, c.cue.text, c.kind, c.text]);

type Row = [string, string, string[][]];

/** Cue words and frames beyond "said": stance verbs, verbs of attack or praise with "as", infinitive, relative and absolute frames. */
const cueRows: Row[] = [
  [
    "'reiterated' with a bare clause",
    "The union reiterated it still opposes the merger.",
    [["The union", "reiterated", "indirect", "it still opposes the merger"]],
  ],
  [
    "'reiterated N's position that'",
    `A spokesman for the ministry reiterated the government's position that the tariffs "are unlawful under trade rules."`,
    [["A spokesman for the ministry", "reiterated", "mixed", `the tariffs "are unlawful under trade rules."`]],
  ],
  ["'hinted that'", "Jones hinted that the firm was happy with sales so far.", [["Jones", "hinted", "indirect", "the firm was happy with sales so far"]]],
  [
    "'assailed X as'",
    `On Sunday, the mayor assailed Smith as part of a "radical fringe" that wants to close the port.`,
    [["the mayor", "assailed", "mixed", `Smith as part of a "radical fringe" that wants to close the port`]],
  ],
  ["'slammed X as'", `The senator slammed the plan as a "giveaway."`, [["The senator", "slammed", "mixed", `the plan as a "giveaway."`]]],
  ["'slammed X as' + a clause is a conjunction, no claim", "The storm slammed the coast as residents fled inland.", []],
  ["'denounced X as she left' is no description", "She denounced the ruling as she left the court.", []],
  [
    "an infinitive cue after another verb: its subject speaks",
    "Another official, former trade envoy Mark Hale, revised his earlier account to say the minister did, in fact, discuss the loans.",
    [["Mark Hale", "say", "indirect", "the minister did, in fact, discuss the loans"]],
  ],
  ["'went on to say'", "Dr Okafor went on to say the ward was safe.", [["Dr Okafor", "say", "indirect", "the ward was safe"]]],
  ["'declined to say' is no claim", "The minister declined to say when the talks would resume.", []],
  ["'would not say' is no claim", "The minister would not say whether the budget was cut.", []],
  ["'asked him to say' is no claim", "The board asked him to say the figures were final.", []],
  [
    "a restrictive 'who described X as'",
    `The panel heard from four officials, including a senior engineer who described the inspection as "rushed."`,
    [["a senior engineer", "described", "mixed", `the inspection as "rushed."`]],
  ],
  [
    "'with X warning of' (an absolute construction)",
    `Neighbouring states also criticised the move, with Egyptian Foreign Minister Sameh Shoukry warning of "grave consequences".`,
    [["Egyptian Foreign Minister Sameh Shoukry", "warning of", "direct", "grave consequences"]],
  ],
  [
    "a participle after the quote's frame and an adverb continues the turn",
    `"You are here because of this failure," Lee told the warden, repeatedly calling for an account of how the locks failed.`,
    [
      ["Lee", "told", "direct", "You are here because of this failure"],
      ["Lee", "calling for", "indirect", "an account of how the locks failed"],
    ],
  ],
];

describe("English cues beyond 'said' (second blind set, class 1)", () => {
  it.each(cueRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/** Quotation marks on real copy: nested quotes closing with the outer one, a lost comma, an adjunct before the quote, a quote that runs on. */
const quoteRows: Row[] = [
  [
    "a nested single quote closing right before the double (curly)",
    "“I then heard the chairman ask, quote, ‘So is the vote going ahead?’” Lopez testified.",
    [["Lopez", "testified", "direct", "I then heard the chairman ask, quote, ‘So is the vote going ahead?’"]],
  ],
  [
    "a nested single quote closing right before the double (straight)",
    `"I then heard the chairman ask, 'So is the vote going ahead?'" Lopez testified.`,
    [["Lopez", "testified", "direct", "I then heard the chairman ask, 'So is the vote going ahead?'"]],
  ],
  [
    "a long opening quote closed without its comma",
    `"We have never seen traffic like we saw that morning" Ortiz said.`,
    [["Ortiz", "said", "direct", "We have never seen traffic like we saw that morning"]],
  ],
  [
    "a stray space before the closing mark",
    `"We have never seen traffic like we saw that morning, and still see " Ortiz said.`,
    [["Ortiz", "said", "direct", "We have never seen traffic like we saw that morning, and still see"]],
  ],
  ["a short title before a name is no quote", `"Blue Harbour" star Ana Ruiz said.`, []],
  [
    "'said in a statement, \"…\"'",
    `The prime minister said in a statement, "We are deeply relieved."`,
    [["The prime minister", "said", "direct", "We are deeply relieved"]],
  ],
  [
    "a quote after the cue that runs on in unquoted words",
    `The prime minister said in a statement, "We are deeply relieved" at the crew's return, adding that the navy had done well.`,
    [
      ["The prime minister", "said", "mixed", `We are deeply relieved" at the crew's return`],
      ["The prime minister", "adding", "indirect", "the navy had done well"],
    ],
  ],
];

describe("English quotation marks on real copy (second blind set, class 5)", () => {
  it.each(quoteRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
