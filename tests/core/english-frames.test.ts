import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const claimsOf = (text: string) => extractEnglishClaims(text).map((c) => ({ speaker: c.speaker, cue: c.cue.text, text: c.text, rule: c.rule }));

type Row = [string, string, { speaker: string; cue: string; text: string; rule: string }[]];

/** Attribution frames met in wire and newspaper copy: each row a sentence written for the test. */
const rows: Row[] = [
  [
    "a quote ending in 'not' does not block the cue after it",
    `"Everyone else may give up, but we will not," said Priya Shah, who runs the shelter.`,
    [{ speaker: "Priya Shah", cue: "said", text: "Everyone else may give up, but we will not", rule: "en.quote-then-cue" }],
  ],
  [
    "a quoted question keeps the frame cut off after it",
    `"Who will pay for the repairs?" Okafor asked.`,
    [{ speaker: "Okafor", cue: "asked", text: "Who will pay for the repairs?", rule: "en.quote-then-cue" }],
  ],
  [
    "a quoted exclamation followed by a long sentence is not joined",
    `"Finally!" The crowd outside the court cheered and sang for most of the long afternoon.`,
    [],
  ],
  ["a participle after a preposition is an adjective, not a cue", `The scheme comes with added fees for every household in the county.`, []],
  [
    "an opening place phrase is not the subject of a coordinated cue",
    `In Geneva, UN envoy Mara Holt met the delegates and said a ceasefire was within reach.`,
    [{ speaker: "Mara Holt", cue: "said", text: "a ceasefire was within reach", rule: "en.verb.svo.bare" }],
  ],
  [
    "'and' with a new subject and cue ends the first content",
    `The clinic said the patient was stable and the family said she would be moved home.`,
    [
      { speaker: "The clinic", cue: "said", text: "the patient was stable", rule: "en.verb.svo.bare" },
      { speaker: "the family", cue: "said", text: "she would be moved home", rule: "en.verb.svo.bare" },
    ],
  ],
  [
    "a parenthetical frame after a two-word subject",
    `The guards, the prison service said, had been suspended.`,
    [{ speaker: "the prison service", cue: "said", text: "The guards, the prison service said, had been suspended", rule: "en.verb.parenthetical" }],
  ],
  [
    "'was quoted as saying' with a clause",
    `The harbour master was quoted as saying the ferry had been overloaded.`,
    [{ speaker: "The harbour master", cue: "quoted as saying", text: "the ferry had been overloaded", rule: "en.verb.svo.bare" }],
  ],
  [
    "'was quoted by X as saying': the channel sits inside the frame",
    `The harbour master was quoted by a local paper as saying the ferry had been overloaded.`,
    [{ speaker: "The harbour master", cue: "saying", text: "the ferry had been overloaded", rule: "en.verb.passive.bare" }],
  ],
  [
    "an inverted description followed by the name: the name speaks",
    `"We have paid every bill," said the club's treasurer, Oren Weiss.`,
    [{ speaker: "Oren Weiss", cue: "said", text: "We have paid every bill", rule: "en.quote-then-cue" }],
  ],
  [
    "an adjunct after the inverted speaker's comma stays in the tail",
    `The vote will be held again, said the returning officer, Nadia Bell, on Monday.`,
    [{ speaker: "Nadia Bell", cue: "said", text: "The vote will be held again", rule: "en.verb.trailing.vs" }],
  ],
  [
    "a verb with an object does not invert ('described it as')",
    `Turnout had been low, and Kemal, a councillor for the ward, described it as a warning.`,
    [{ speaker: "Kemal", cue: "described", text: "it as a warning", rule: "en.verb.svo.object" }],
  ],
  [
    "an inverted subject ends at a finite verb",
    `Rana Aziz, whose father is a miner, said the pit is safe.`,
    [{ speaker: "Rana Aziz", cue: "said", text: "the pit is safe", rule: "en.verb.svo.bare" }],
  ],
  [
    "the possessor of a statement speaks",
    `The regulator's statement said the licence had been suspended.`,
    [{ speaker: "The regulator", cue: "said", text: "the licence had been suspended", rule: "en.verb.svo.bare" }],
  ],
  [
    "a possessive office stays whole",
    `Governor Lina Marsh's office said the pardon was under review.`,
    [{ speaker: "Governor Lina Marsh's office", cue: "said", text: "the pardon was under review", rule: "en.verb.svo.bare" }],
  ],
  [
    "'told police' names a listener",
    `The shopkeeper told police the men had fled in a van.`,
    [{ speaker: "The shopkeeper", cue: "told", text: "the men had fled in a van", rule: "en.verb.svo.bare" }],
  ],
  [
    "a plural group noun subject ('indigenous elders say')",
    `Coastal villagers say the new seawall has made the flooding worse.`,
    [{ speaker: "Coastal villagers", cue: "say", text: "the new seawall has made the flooding worse", rule: "en.verb.svo.bare" }],
  ],
  [
    "a parenthetical frame after an opening adverbial, then a short subject and its verb",
    `Before the storm, the engineers said, the crew sealed the tunnel entrances.`,
    [
      {
        speaker: "the engineers",
        cue: "said",
        text: "Before the storm, the engineers said, the crew sealed the tunnel entrances",
        rule: "en.verb.parenthetical",
      },
    ],
  ],
  [
    "a 'that' after a clause's own verb is not the cue's",
    `To save money, the board said, the school replaced the boilers with ones that burn less gas.`,
    [
      {
        speaker: "the board",
        cue: "said",
        text: "To save money, the board said, the school replaced the boilers with ones that burn less gas",
        rule: "en.verb.parenthetical",
      },
    ],
  ],
  [
    "an adjective participle between cue and 'that' is skipped",
    `The agency said in an emailed reply that the files had been deleted.`,
    [{ speaker: "The agency", cue: "said", text: "the files had been deleted", rule: "en.verb.svo.that" }],
  ],
  [
    "a closing 'he said' around an attribution adds no second claim",
    `She added that the school would stay open, she said.`,
    [{ speaker: "", cue: "added", text: "the school would stay open", rule: "en.verb.svo.that" }],
  ],
  [
    "'instructed' before its speaker",
    `"Keep your heads down," instructed Sergeant Amos Reid.`,
    [{ speaker: "Sergeant Amos Reid", cue: "instructed", text: "Keep your heads down", rule: "en.quote-then-cue" }],
  ],
  [
    "an inverted frame between commas inside its clause",
    `The merger, say analysts, leaves the city with one hospital.`,
    [{ speaker: "analysts", cue: "say", text: "The merger, say analysts, leaves the city with one hospital", rule: "en.verb.parenthetical.vs" }],
  ],
  [
    "an inverted frame followed by an appositive is a trailing attribution",
    `The ferry sank quickly, said Tomas Berg, a coastguard officer.`,
    [{ speaker: "Tomas Berg", cue: "said", text: "The ferry sank quickly", rule: "en.verb.trailing.vs" }],
  ],
  ["'wrote about' is not a reported clause", `Earlier, she wrote about farming and travelled widely in the north.`, []],
  [
    "a place name followed by a source noun is one subject",
    `Kent police said the road had been cleared.`,
    [{ speaker: "Kent police", cue: "said", text: "the road had been cleared", rule: "en.verb.svo.bare" }],
  ],
  ["a tail after an inverted-looking frame opens with an adjunct, not an object", `During the blackout, the whole town believed itself to be cut off.`, []],
  [
    "'told' keeps its listener in a trailing tail",
    `The hospital will close its maternity unit, she told a council meeting.`,
    [{ speaker: "", cue: "told", text: "The hospital will close its maternity unit", rule: "en.verb.trailing.svo" }],
  ],
  ["a contracted passive ('we're told') is not an attribution", `We're told that the trains will run on time.`, []],
  ["the writer's own question attributes nothing", `Didn't the council say the library would stay open?`, []],
  [
    "a pronoun right before the cue is the whole subject",
    `Police found a note she said explains the decision.`,
    [{ speaker: "", cue: "said", text: "explains the decision", rule: "en.verb.svo.bare" }],
  ],
  [
    "'whenever' ends a subject",
    `Fares rise whenever the operator says demand is high.`,
    [{ speaker: "the operator", cue: "says", text: "demand is high", rule: "en.verb.svo.bare" }],
  ],
  [
    "'one of the X' names a source",
    `One of the landlords said the rent rise was fair.`,
    [{ speaker: "One of the landlords", cue: "said", text: "the rent rise was fair", rule: "en.verb.svo.bare" }],
  ],
  [
    "an appositive description ending in a name: the name speaks",
    `The lowest bidder, Italian firm Cavalli, said it would appeal.`,
    [{ speaker: "Cavalli", cue: "said", text: "it would appeal", rule: "en.verb.svo.bare" }],
  ],
  [
    "plural documents 'suggest that'",
    `Leaked audit reports suggest that the contract was signed twice.`,
    [{ speaker: "Leaked audit reports", cue: "suggest", text: "the contract was signed twice", rule: "en.verb.svo.that" }],
  ],
  [
    "'warned X to' reports a call through its object",
    `The coastguard warned walkers to keep off the cliffs.`,
    [{ speaker: "The coastguard", cue: "warned", text: "walkers to keep off the cliffs", rule: "en.verb.svo.object" }],
  ],
  [
    "a broadcast programme with a number in its name is the listener",
    `The coach told BBC Radio 5's Sportsweek programme the squad was exhausted.`,
    [{ speaker: "The coach", cue: "told", text: "the squad was exhausted", rule: "en.verb.svo.bare" }],
  ],
];

describe("English attribution frames", () => {
  it.each(rows)("%s", (_name, sentence, expected) => {
    expect(claimsOf(`Headline\n\n${sentence}`)).toEqual(expected);
  });
});
