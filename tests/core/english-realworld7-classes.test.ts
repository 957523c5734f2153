import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

/**
 * Capability classes found missing on the seventh blind English set (six outlets), built as general
 * rules. Every sentence here was written for these tests; none is copied from an article.
 */
const claimsOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => [c.speaker, c.cue.text, c.kind, c.text]);

type Row = [name: string, text: string, claims: string[][]];

/** en.verb.trailing.vs: "CONTENT, said NAME on DAY, MONTH DATE." — a closing date keeps the inverted source. */
const closingDateRows: Row[] = [
  [
    "a relative clause before the cue and a date after the name",
    "Satellite images show deliberate attacks on clinics by militias, which have shelled towns since March, said Human Rights Watch on Tuesday, November 19.",
    [["Human Rights Watch", "said", "indirect", "Satellite images show deliberate attacks on clinics by militias, which have shelled towns since March"]],
  ],
  [
    "a day and a date after an institution named with the article",
    "The economy grew faster than expected, said the Commerce Department on Thursday, October 3.",
    [["Commerce Department", "said", "indirect", "The economy grew faster than expected"]],
  ],
  [
    "near miss: a subject with a relative clause before the cue keeps speaking",
    "Protesters, who marched on the ministry, said on Tuesday that they would return.",
    [["Protesters", "said", "indirect", "they would return"]],
  ],
];

/** Scientists named by their field before the name: "said planetary geologist Jane Doe". */
const scientistRows: Row[] = [
  ["a field adjective and a scientist noun", '"Rates will fall," said planetary geologist Jane Doe.', [["Jane Doe", "said", "direct", "Rates will fall"]]],
  [
    "a scientist noun and an affiliation",
    '"The ice is thinning," said marine biologist Tom Reed of the university.',
    [["marine biologist Tom Reed of the university", "said", "direct", "The ice is thinning"]],
  ],
  ["near miss: the bare role still speaks", '"The ice is thinning," said the geologist.', [["the geologist", "said", "direct", "The ice is thinning"]]],
];

/** An inverted name ends before a time adjunct: "said Lopez last week", "said Ana Lopez Tuesday". */
const timeAfterNameRows: Row[] = [
  ["a time phrase after a surname", "The plan failed, said Lopez last week.", [["Lopez", "said", "indirect", "The plan failed"]]],
  ["a bare weekday after a full name", "The plan failed, said Ana Lopez Tuesday.", [["Ana Lopez", "said", "indirect", "The plan failed"]]],
  ["after a quotation", '"The plan failed," said Lopez this morning.', [["Lopez", "said", "direct", "The plan failed"]]],
  [
    "near miss: a weekday inside a described source stays in it",
    "The plan failed, said the Tuesday group's leader.",
    [["the Tuesday group's leader", "said", "indirect", "The plan failed"]],
  ],
];

/** An online outlet's site name before a dash is a dateline, not part of the first claim. */
const siteDatelineRows: Row[] = [
  [
    "a site name and a dash",
    "Gulfwire.net - The port will reopen on Monday, officials said.",
    [["officials", "said", "indirect", "The port will reopen on Monday"]],
  ],
  ["near miss: a site name as the subject speaks", "Gulfwire.net said the outage was over.", [["Gulfwire.net", "said", "indirect", "the outage was over"]]],
];

/** A short quoted term after a naming word (with, called, dubbed) is a name: the claim stays indirect. */
const namedTermRows: Row[] = [
  [
    "a condition diagnosed with a quoted name",
    'Doctors said the girl had been diagnosed with "tiger fever," a rare illness.',
    [["Doctors", "said", "indirect", 'the girl had been diagnosed with "tiger fever," a rare illness']],
  ],
  [
    "a variant dubbed with a quoted name",
    'Researchers said the variant, dubbed "Kraken," spreads faster.',
    [["Researchers", "said", "indirect", 'the variant, dubbed "Kraken," spreads faster']],
  ],
  [
    "near miss: quoted words of the speaker make it mixed",
    'The minister said the plan was "dead on arrival."',
    [["The minister", "said", "mixed", 'the plan was "dead on arrival."']],
  ],
  [
    "near miss: a long quotation after with is the speaker's words",
    'The mayor said the town was hit with "the worst flood in a century."',
    [["The mayor", "said", "mixed", 'the town was hit with "the worst flood in a century."']],
  ],
];

describe("realworld7 English classes", () => {
  it.each(namedTermRows)("named term: %s", (_name, text, claims) => {
    expect(claimsOf(text)).toEqual(claims);
  });

  it.each(siteDatelineRows)("site dateline: %s", (_name, text, claims) => {
    expect(claimsOf(text)).toEqual(claims);
  });

  it.each(timeAfterNameRows)("time after a name: %s", (_name, text, claims) => {
    expect(claimsOf(text)).toEqual(claims);
  });

  it.each(closingDateRows)("closing date: %s", (_name, text, claims) => {
    expect(claimsOf(text)).toEqual(claims);
  });

  it.each(scientistRows)("scientist before a name: %s", (_name, text, claims) => {
    expect(claimsOf(text)).toEqual(claims);
  });
});
