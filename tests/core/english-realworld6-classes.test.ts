import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

/**
 * Capability classes found on the sixth blind English set, built as general rules. Every sentence here
 * was written for these tests; none is copied from an article.
 */
const claimsOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => [c.speaker, c.cue.text, c.kind, c.text]);

type Row = [string, string, string[][]];

/** en.verb.svo.bare guard: "added" before a measured quantity is a gain ("added 2% on Monday"), not more words. */
const measureRows: Row[] = [
  ["a percentage before a preposition", "The index added more than 3% to close the week at a record high after the bank cut rates.", []],
  ["points before a time phrase", "The Dow added 150 points in early trading as investors cheered the jobs report.", []],
  ["a unit, then a date", "The shares added about 1.5 percent on Monday after the merger was approved.", []],
  ["a quantity closing the clause", "Oil prices added 4%, while gold fell for a third day.", []],
  [
    "a quantity that opens a clause is still reported",
    "The ministry added more than 200 people had been evacuated.",
    [["The ministry", "added", "indirect", "more than 200 people had been evacuated"]],
  ],
  ["a share that opens a clause", "Smith added nearly half of the staff had quit.", [["Smith", "added", "indirect", "nearly half of the staff had quit"]]],
  [
    "a range of numbers as the subject",
    "Lee added 200 to 300 families had fled the town.",
    [["Lee", "added", "indirect", "200 to 300 families had fled the town"]],
  ],
];

/** isSpeechSense guard: an -ing word inside the opening name phrase ("One Ohio reporting station …") modifies a noun. */
const openingNameRows: Row[] = [
  ["'reporting' inside the subject", "One Ohio County reporting station has recorded no rain since August.", []],
  ["'warning' inside the subject", "Two Gulf Coast warning buoys stopped sending data on Friday.", []],
  [
    "a trailing cue still reports the sentence",
    "One Ohio County reporting station has recorded no rain since August, the forecaster said.",
    [["the forecaster", "said", "indirect", "One Ohio County reporting station has recorded no rain since August"]],
  ],
  [
    "a caption's participle with 'that' still reports",
    "Senator Jane Smith warning that the plan would fail.",
    [["Senator Jane Smith", "warning", "indirect", "the plan would fail"]],
  ],
  [
    "a participle set off by a comma still reports",
    "Lee spoke to reporters on Friday, saying the plan would fail.",
    [["Lee", "saying", "indirect", "the plan would fail"]],
  ],
  [
    "a capitalised -ing word is part of the name",
    "The Ohio Reporting Project said the plan would fail.",
    [["The Ohio Reporting Project", "said", "indirect", "the plan would fail"]],
  ],
];

/** looksLikeSpeaker guard: a short phrase headed by a transaction or an act ("a deal", "the move") names no source. */
const actRows: Row[] = [
  ["an appositive deal after the clause", "The firm bought half of the label, a deal announced at the start of the week.", []],
  ["an appositive move with a date", "The bank closed forty branches, a move announced last month.", []],
  ["an acquisition confirmed on a day", "The group now owns the stadium, an acquisition confirmed on Friday.", []],
  [
    "a company after the clause still speaks",
    "The airline will cut 500 jobs, the company announced on Monday.",
    [["the company", "announced", "indirect", "The airline will cut 500 jobs"]],
  ],
  [
    "an unlisted short noun still speaks",
    "The talks have stalled, a neighbour said on Monday.",
    [["a neighbour", "said", "indirect", "The talks have stalled"]],
  ],
  [
    "a document that can speak is not an act",
    "Fees will rise next year, the agreement states.",
    [["the agreement", "states", "indirect", "Fees will rise next year"]],
  ],
];

/** en.verb.trailing.svo (mixed): a last quotation after a comma that goes on with a reported clause holding a fragment of its own. */
const mixedRows: Row[] = [
  [
    "a paraphrase with a fragment, then a quotation",
    "The delays were “frustrating” and the airline is hiring more staff, but for now, “we ask for patience,” the manager said.",
    [["the manager", "said", "mixed", "The delays were “frustrating” and the airline is hiring more staff, but for now, “we ask for patience"]],
  ],
  [
    "a fragment after 'has been'",
    "The season has been “a grind,” and, frankly, “we are tired,” the captain admitted.",
    [["the captain", "admitted", "mixed", "The season has been “a grind,” and, frankly, “we are tired"]],
  ],
  [
    "a fronted adverbial alone keeps the quotation direct",
    "For now, “we ask for patience,” the manager said.",
    [["the manager", "said", "direct", "we ask for patience"]],
  ],
  [
    "a clause without a fragment keeps the quotation direct",
    "The airline is hiring more staff, and for now, “we ask for patience,” the manager said.",
    [["the manager", "said", "direct", "we ask for patience"]],
  ],
];

/** openingSubject: a sentence-opening time adverbial ("Hours before the vote, …") is skipped, never the speaker. */
const timeAdverbialRows: Row[] = [
  [
    "a measured time before an event",
    "Hours before the vote on Monday, party leader Ann Cole met her deputies, saying the bill would pass.",
    [["Ann Cole", "saying", "indirect", "the bill would pass"]],
  ],
  [
    "'before' and its noun",
    "Before the match, coach Tom Reyes praised his keeper, saying he never loses focus.",
    [["Tom Reyes", "saying", "indirect", "he never loses focus"]],
  ],
  [
    "days after an event",
    "Days after the fire, the mayor toured the site, saying the city would rebuild.",
    [["the mayor", "saying", "indirect", "the city would rebuild"]],
  ],
  [
    "'during' and its noun",
    "During the hearing, Lee defended the plan, arguing that it would save money.",
    [["Lee", "arguing", "indirect", "it would save money"]],
  ],
  [
    "a sentence with no adverbial keeps its subject",
    "The coach praised his keeper, saying he never loses focus.",
    [["The coach", "saying", "indirect", "he never loses focus"]],
  ],
];

const classes: [title: string, rows: Row[]][] = [
  ["a gain measured after 'added' reports nothing", measureRows],
  ["an -ing word inside the opening name phrase is no cue", openingNameRows],
  ["a transaction or an act is never the source", actRows],
  ["a quotation that goes on with a reported clause makes one mixed claim", mixedRows],
  ["a time adverbial opening the sentence is not the speaker", timeAdverbialRows],
];

describe.each(classes)("%s", (_title, rows) => {
  it.each(rows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/** describeMention: names after a participle in an indefinite mention ("a group representing … in Ohio") are not its name. */
const speakersOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => c.speaker);

const modifierNameRows: [string, string, string[]][] = [
  [
    "a place inside the participle phrase does not pick an organisation named after it",
    "The Ohio Power Authority holds a hearing today.\n\nMore than 9,000 homes were without heat, according to a group representing rural towns in Ohio.",
    ["a group representing rural towns in Ohio"],
  ],
  [
    "a project inside the participle phrase does not pick its namesake",
    "The Delta Water Board said it would appeal.\n\nThe levee failed twice last year, an engineer working on the Delta project said.",
    ["The Delta Water Board", "an engineer working on the Delta project"],
  ],
  [
    "a definite mention still resolves through its name",
    "The Ohio Power Authority holds a hearing today.\n\nMore than 9,000 homes were without heat, according to the Ohio Power Authority.",
    ["The Ohio Power Authority"],
  ],
];

describe("names after a participle in an indefinite mention are not its own", () => {
  it.each(modifierNameRows)("%s", (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
