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
  ["'went on to say'", "Dr Okafor went on to say the ward was safe.", [["Dr Okafor", "went on to say", "indirect", "the ward was safe"]]],
  ["'declined to say' is no claim", "The minister declined to say when the talks would resume.", []],
  ["'would not say' is no claim", "The minister would not say whether the budget was cut.", []],
  ["'wanted to say' is no claim", "The board wanted to say the figures were final.", []],
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

/** Clause boundaries: coordinated verbs of one subject, a fronted subordinate clause, a parenthetical frame the content runs past. */
const clauseRows: Row[] = [
  [
    "'said X and slammed Y as' is two claims",
    `At the town hall, the mayor said she had read part of the report and slammed the audit as a "witch hunt."`,
    [
      ["the mayor", "said", "indirect", "she had read part of the report"],
      ["the mayor", "slammed", "mixed", `the audit as a "witch hunt."`],
    ],
  ],
  [
    "'claimed that X and asked Y to Z' is two claims",
    "The two sailors claimed at the time that they were being treated well and asked their families to stay calm.",
    [
      ["The two sailors", "claimed", "indirect", "they were being treated well"],
      ["The two sailors", "asked", "indirect", "their families to stay calm"],
    ],
  ],
  ["'asked not to be named' is no request", "The official, who asked not to be named, gave no details.", []],
  [
    "a fronted 'Although' clause ends its content at its comma; the main clause has its own cue",
    "Although relatives of the prisoner suggested he may have been poisoned, the warden told reporters no evidence supports that.",
    [
      ["relatives of the prisoner", "suggested", "indirect", "he may have been poisoned"],
      ["the warden", "told", "indirect", "no evidence supports that"],
    ],
  ],
  [
    "a fronted 'As' clause is not the content of a trailing frame",
    "As the verdict was read in Boston, the lawyer testified before a state panel in Albany, where members voiced anger.",
    [],
  ],
  [
    "'Because A, B, X said': a main clause after the fronted one is content",
    "Because fuel costs rose, fares went up, the operator said.",
    [["the operator", "said", "indirect", "Because fuel costs rose, fares went up"]],
  ],
  [
    "'X, Lopez said, and \"verb\" Y': the content runs past the parenthetical frame",
    `The engineers fixed the fault, Lopez said, and "rebooted" the servers as orders kept coming in.`,
    [["Lopez", "said", "mixed", `The engineers fixed the fault, Lopez said, and "rebooted" the servers as orders kept coming in`]],
  ],
  [
    "'said no evidence supports' is a clause",
    "The warden said no evidence supports the claim.",
    [["The warden", "said", "indirect", "no evidence supports the claim"]],
  ],
  ["'said no comment' is no clause", "The warden said no comment.", []],
];

describe("English clause boundaries (second blind set, class 2)", () => {
  it.each(clauseRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/** No extra claims: an opinion or request inside another speaker's reported words, a plural noun read as a verb. */
const extraRows: Row[] = [
  [
    "'said that she thinks X' is one claim, not two",
    "Ruiz said it depends on the price, but she said that she thinks the market will double by next year.",
    [
      ["Ruiz", "said", "indirect", "it depends on the price"],
      ["Ruiz", "said", "indirect", "she thinks the market will double by next year"],
    ],
  ],
  [
    "a 'believes' inside a 'whether' clause of the reported words is no claim",
    "The analyst said whether the governor will sign the bill depends on whether he believes it will help him win.",
    [["The analyst", "said", "indirect", "whether the governor will sign the bill depends on whether he believes it will help him win"]],
  ],
  [
    "a request reported inside another source's report is that source's",
    "A local paper reported that the board had asked the council to delay the vote.",
    [["A local paper", "reported", "indirect", "the board had asked the council to delay the vote"]],
  ],
  [
    "'…, and pledges to' closing a list of nouns is no cue",
    "The offer leaves officials asking if cheaper loans, promises of improved access to the port, and pledges to cut fees are enough.",
    [],
  ],
  [
    "'…, and vows to' after a verb phrase is still a cue",
    "Lee denied wrongdoing, criticised the inquiry, and vows to appeal the ruling.",
    [["Lee", "vows", "indirect", "appeal the ruling"]],
  ],
];

describe("English extra claims (second blind set, class 6)", () => {
  it.each(extraRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/** Speaker phrases: quantified group subjects, an inverted description with its name after a comma, phrases that are clauses. */
const speakerPhraseRows: Row[] = [
  [
    "'Both sides said'",
    "Both sides said they were hopeful the deal could end the strike.",
    [["Both sides", "said", "indirect", "they were hopeful the deal could end the strike"]],
  ],
  [
    "'Both men claimed … that'",
    "Both men claimed at the time that they were being treated well.",
    [["Both men", "claimed", "indirect", "they were being treated well"]],
  ],
  ["'Several residents said'", "Several residents said the water tasted of metal.", [["Several residents", "said", "indirect", "the water tasted of metal"]]],
  [
    "'…, said another witness in X, title Name': the name speaks",
    `The mayor was known for telling others "she ran the city" despite being new to the job, said another witness in the inquiry, former city clerk Ana Lopez.`,
    [["Ana Lopez", "said", "mixed", `The mayor was known for telling others "she ran the city" despite being new to the job`]],
  ],
  [
    "'A diplomat, former envoy to Place First Last, VERB …': the titled name in apposition speaks",
    "A second official, former special envoy to Chile Marta Berg, changed her account of the meeting to say the minister did discuss the loans.",
    [["former special envoy to Chile Marta Berg", "say", "indirect", "the minister did discuss the loans"]],
  ],
  [
    "a verb and its preposition are no speaker ('breaks with … resolutions declaring')",
    "The decision puts the town at odds with its neighbours and breaks with Security Council resolutions declaring the fees to be unlawful.",
    [],
  ],
];

describe("English speaker phrases (second blind set, class 4)", () => {
  it.each(speakerPhraseRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/** A sentence-final frame naming another speaker outranks an inner "said": the whole sentence is that speaker's. */
const outerFrameRows: Row[] = [
  [
    "'…, Okafor testified.' around 'Lopez said …'",
    "Later, Lopez said the funds might be released if the town dropped the suit, Okafor testified.",
    [
      ["Lopez", "said", "indirect", "the funds might be released if the town dropped the suit"],
      ["Okafor", "testified", "indirect", "Later, Lopez said the funds might be released if the town dropped the suit"],
    ],
  ],
  [
    "'…, Lopez said.' around 'Lopez said …' repeats the speaker",
    "Lopez said the funds were safe, Lopez said.",
    [["Lopez", "said", "indirect", "the funds were safe"]],
  ],
];

describe("English outer frames (second blind set, class 7)", () => {
  it.each(outerFrameRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

const articleClaims = (paragraphs: string[]) => extractEnglishClaims(`Headline\n\n${paragraphs.join("\n\n")}`).map((c) => [c.speaker, c.text]);

/** Speaker resolution: the subject of a fronted clause, a noun owned by a proper name. */
describe("English speaker resolution (second blind set, class 3)", () => {
  it("'When NAME did X, he said …': the pronoun is the fronted clause's subject, not the last speaker", () => {
    expect(
      articleClaims([
        "Interior Minister Carla Reyes said the talks were useful.",
        "When Harbour Master Tomas Quist first announced the closure last week, he said the berths would reopen in spring.",
        "He also said he hoped the repairs would be quick.",
      ]),
    ).toEqual([
      ["Interior Minister Carla Reyes", "the talks were useful"],
      ["Harbour Master Tomas Quist", "the berths would reopen in spring"],
      ["Harbour Master Tomas Quist", "he hoped the repairs would be quick"],
    ]);
  });

  it("'the president' is the person introduced as President inside an earlier claim, not the last quoted speaker", () => {
    expect(
      articleClaims([
        "The deal may grow if Brazilian President Daniel Costa accepts the terms, people close to the talks say.",
        '"The president wants a bigger deal," said Omar Haddad, a scholar at a policy institute.',
        "The president said on Tuesday that the terms were fair.",
      ]),
    ).toEqual([
      ["people close to the talks", "The deal may grow if Brazilian President Daniel Costa accepts the terms"],
      ["Omar Haddad", "The president wants a bigger deal"],
      ["Brazilian President Daniel Costa", "the terms were fair"],
    ]);
  });

  it("a name inside reported words does not take over a later 'he'", () => {
    expect(articleClaims(["Tom Reyes said Mark Hill had been arrested.", "He added that the charges were false."])).toEqual([
      ["Tom Reyes", "Mark Hill had been arrested"],
      ["Tom Reyes", "the charges were false"],
    ]);
  });

  it("'Russia's foreign ministry' is a new source, not the last organisation", () => {
    expect(
      articleClaims([
        "Key Security Council powers distanced themselves from the decision.",
        "Norway's foreign ministry said it viewed the decision as a mistake.",
        "The ministry said it would raise the matter in Geneva.",
      ]),
    ).toEqual([
      ["Norway's foreign ministry", "it viewed the decision as a mistake"],
      ["Norway's foreign ministry", "it would raise the matter in Geneva"],
    ]);
  });
});
