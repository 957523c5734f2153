import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

/** Each claim as [speaker, kind, the content's first words], so a row states who, how, and where the content starts. */
function claimsOf(text: string): string[][] {
  return extractEnglishClaims(`Headline\n\n${text.replace(/ ¶ /g, "\n\n")}`).map((c) => [c.speaker, c.kind, c.text.split(/\s+/).slice(0, 4).join(" ")]);
}

type Row = [name: string, text: string, expected: string[][]];

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows)("%s", (_name, text, expected) => {
      expect(claimsOf(text)).toEqual(expected);
    });
  });
}

table("an all-capitals subject before a dash is no dateline (en.dateline)", [
  [
    "an acronym subject and a dashed list",
    "FIFA said the three bidders — Morocco, Portugal and Spain — had met every deadline.",
    [["FIFA", "indirect", "the three bidders —"]],
  ],
  [
    "an acronym subject with a dashed aside",
    "UNICEF said the camps — home to 40,000 children — were running short of water.",
    [["UNICEF", "indirect", "the camps — home"]],
  ],
  ["a real dateline is still skipped", "ROME — The mayor said the buses would run all night.", [["The mayor", "indirect", "the buses would run"]]],
  [
    "a dateline with a date and an agency",
    "LAGOS, May 4 (Reuters) — Port officials said three ships were held.",
    [["Port officials", "indirect", "three ships were held"]],
  ],
]);

table("a that-less clause whose subject is a quantity (en.verb.svo.bare)", [
  [
    "'said more than N … verb'",
    "The organisers said more than 2,000 runners finished the course.",
    [["The organisers", "indirect", "more than 2,000 runners"]],
  ],
  ["'reported at least N … verb'", "The coastguard reported at least 12 boats capsized overnight.", [["The coastguard", "indirect", "at least 12 boats"]]],
  [
    "'estimated nearly half … verb'",
    "The survey team estimated nearly half of tenants had missed a payment.",
    [["The survey team", "indirect", "nearly half of tenants"]],
  ],
  ["'said up to N … were'", "The hospital said up to 30 patients were moved.", [["The hospital", "indirect", "up to 30 patients"]]],
  ["'reported a loss' is an object, no claim", "The bakery reported a loss of $40,000 for the year.", []],
  ["'said more than ever' is no quantity", "The coach said more than ever before the final.", []],
  ["'reported N cases' with no verb is an object", "The clinic reported 40 new cases on Friday.", []],
]);

table("a trailing frame whose adjuncts close with a name (en.verb.trailing.svo)", [
  [
    "'said Monday in a debate with party chair and co-founder Ana Ruiz'",
    "Rents had doubled in five years, Councillor Ben Amato said Monday in a debate with party chair and co-founder Ana Ruiz.",
    [["Councillor Ben Amato", "indirect", "Rents had doubled in"]],
  ],
  ["a long tail with a clause after it is no frame", "The port was closed, the captain said on the radio to the crew of the ferry the storm was over.", []],
]);

table("a title-case headline ending in a quoted phrase is no sentence (layout heading)", [
  [
    "the headline's words never become a speaker",
    'Dana Reyes On Her Team Being ‘Built For The Long Haul’\n\nThe club was "built for the long haul," coach Dana Reyes said Sunday.',
    [["Dana Reyes", "mixed", 'The club was "built']],
  ],
  [
    "a body sentence ending in a quote after a stop stays a sentence",
    'The council has asked for "an end to the delays."\n\nThe mayor said the works would finish in May.',
    [["The mayor", "indirect", "the works would finish"]],
  ],
]);

table("a narrated subject may have an adverb before its verb (speaker salience)", [
  [
    "'NAME quietly agreed' makes NAME the latest person for 'she'",
    'Ana Ruiz met Maria Lopez at the fair. ¶ Lopez spoke first. ¶ Ruiz quietly agreed with the plan. ¶ "It will work," she told reporters.',
    [["Ana Ruiz", "direct", "It will work"]],
  ],
]);

table("verbs of praise and scorn that describe an object 'as' something (en.verb.svo.object)", [
  [
    "'touted X as' + a gerund phrase",
    "The mayor and two council members touted the budget as closing the gap in school funding.",
    [["The mayor and two council members", "indirect", "the budget as closing"]],
  ],
  ["'derided X as' + a quotation", 'Opponents derided the levy as "a tax on breathing."', [["Opponents", "mixed", 'the levy as "a']]],
  ["'lauded X as'", "The coach lauded the rookie as the best passer in the league.", [["The coach", "indirect", "the rookie as the"]]],
  ["'pitched X as'", "The start-up pitched its scooter as a cleaner way to commute.", [["The start-up", "indirect", "its scooter as a"]]],
  ["'as part of' is an adverbial, no description", "The chain touted a lower price for salmon as part of its summer campaign.", []],
  ["'mocked X as she left' is a conjunction", "The actor mocked the critics as she left the stage.", []],
]);

table("a demand whose object is a quotation: 'urged an “…”' (en.verb.svo.np)", [
  ["'has urged an “end to …”'", "Canada has urged an “end to the shelling and a return to talks” in the region.", [["Canada", "mixed", "an “end to the"]]],
  ["'urged \"restraint …\"' with no determiner", 'The envoy urged "restraint on all sides."', [["The envoy", "direct", "restraint on all sides"]]],
  ["'urged X to …' still reports through its object", "The council urged drivers to avoid the bridge.", [["The council", "indirect", "drivers to avoid the"]]],
  ["'urged restraint' unquoted is no claim", "The referee urged restraint.", []],
]);

table("speaker salience: who a pronoun or a description means (coreference)", [
  [
    "an article before an acronym is kept as written ('the WHO')",
    "The figures are rising, and the WHO says that the wave has not peaked.",
    [["the WHO", "indirect", "the wave has not"]],
  ],
  [
    "a known person named as an object becomes the latest for 'the governor'",
    "Gov. Lena Park said the budget was fair. ¶ Later, Ohio Gov. Tom Reyes said the budget was too small. ¶ Reporters could not find Park at the hearing. ¶ The governor said she would sign the bill next week.",
    [
      ["Gov. Lena Park", "indirect", "the budget was fair"],
      ["Ohio Gov. Tom Reyes", "indirect", "the budget was too"],
      ["Gov. Lena Park", "indirect", "she would sign the"],
    ],
  ],
  [
    "the sentence's own listener is not the latest for its pronoun ('he told Ruiz')",
    'Mayor Paul Ruiz opened the session. ¶ Ibrahim said the plan was sound. ¶ Ibrahim firmly rejects any delay. ¶ "We cannot wait," he told Ruiz.',
    [
      ["Ibrahim", "indirect", "the plan was sound"],
      ["Ibrahim", "direct", "We cannot wait"],
    ],
  ],
  [
    "an opening gerund and its object are not a name ('Meeting Ruiz …')",
    'Mayor Paul Ruiz opened the session. ¶ Meeting Ruiz in person "was a real honour," Ibrahim said. ¶ Reporters later saw Ruiz at the door. ¶ "We will build it," he told them.',
    [
      ["Ibrahim", "mixed", "Meeting Ruiz in person"],
      ["Mayor Paul Ruiz", "direct", "We will build it"],
    ],
  ],
]);

table("a possessive pronoun before a source noun: the owner's office speaks (speaker resolution)", [
  [
    "'Her office said' after the person was named",
    "Gov. Lena Park said the budget was fair. ¶ Reporters could not find Park at the hearing. ¶ Her office said Park was travelling.",
    [
      ["Gov. Lena Park", "indirect", "the budget was fair"],
      ["Gov. Lena Park's office", "indirect", "Park was travelling"],
    ],
  ],
  [
    "'Its lawyers said' after a company spoke",
    "Harlow Foods said its sales rose sharply. ¶ Its lawyers said the suit was baseless.",
    [
      ["Harlow Foods", "indirect", "its sales rose sharply"],
      ["Harlow Foods's lawyers", "indirect", "the suit was baseless"],
    ],
  ],
  ["with no owner known the mention stays as written", "Her office said the trip was over.", [["Her office", "indirect", "the trip was over"]]],
]);

table("precision: objects and the writer's own voice are no claims", [
  [
    "a progressive 'writing' + object before a trailing frame",
    "Most banks now offer an app, and half of all shops are writing their own software, Ortega told the panel.",
    [["Ortega", "indirect", "Most banks now offer"]],
  ],
  ["'wrote' + a clause still reports", "Kemp wrote the council had ignored the warnings.", [["Kemp", "indirect", "the council had ignored"]]],
  ["the writer's 'We’ll begin by noting that'", "We’ll begin by noting that the official figures cover only seized goods.", []],
  ["the writer's 'I found that'", "I found that the records had been moved twice.", []],
  [
    "a first person inside the content is the speaker's",
    "Officials said we should expect delays on the bridge.",
    [["Officials", "indirect", "we should expect delays"]],
  ],
]);

table("a parenthetical frame whose contrast goes on in quotes (en.verb.parenthetical.coordinated)", [
  ["', Lee said, but \"…\"'", 'The levy is not "a tax on savers," Lee said, but "a fee for a service."', [["Lee", "mixed", "The levy is not"]]],
  [
    "', Ruiz said, but instead \"…\"'",
    'Safety rules are not "paperwork," Ruiz said, but instead "the job itself."',
    [["Ruiz", "mixed", "Safety rules are not"]],
  ],
  ["', Lee said, but the board …' is another clause", "The levy is not a tax, Lee said, but the board disagreed.", [["Lee", "indirect", "The levy is not"]]],
]);

describe("a parenthetical frame whose contrast goes on in quotes: the content runs to the end", () => {
  it("includes the frame and the quoted contrast", () => {
    const [claim] = extractEnglishClaims('Headline\n\nSafety rules are not "paperwork," Ruiz said, but instead "the job itself."');
    expect(claim?.text).toBe('Safety rules are not "paperwork," Ruiz said, but instead "the job itself."');
    expect(claim?.rule).toBe("en.verb.parenthetical.coordinated");
  });
});

table("a coordinated subject in narration is the group 'they' means (speaker salience)", [
  [
    "'Mayor X and members of the council have …' then 'they said'",
    "Mayor Paul Ruiz and members of the city council have praised the nurses. They seem keen to avoid a strike. However, they said no new money would come before April.",
    [["Mayor Paul Ruiz and members of the city council", "indirect", "no new money would"]],
  ],
  [
    "'he' still means the named person of the pair",
    'Mayor Paul Ruiz and members of the city council have praised the nurses. ¶ "We owe them," he said.',
    [["Mayor Paul Ruiz", "direct", "We owe them"]],
  ],
]);

table("'told' + a listener with its own relative clause + 'that' (en.verb.svo.that)", [
  [
    "'told the nurses who had gathered outside that'",
    "Health Secretary Ana Vidal told the nurses who had gathered outside that the ward would reopen.",
    [["Health Secretary Ana Vidal", "indirect", "the ward would reopen"]],
  ],
  [
    "'told a crowd of parents who filled the hall that'",
    "The principal told a crowd of parents who filled the hall that classes would resume on Monday.",
    [["The principal", "indirect", "classes would resume on"]],
  ],
  ["'told jurors who asked … to be patient' reports through 'to', no 'that'", "The judge told jurors who asked about the delay to be patient.", []],
]);
