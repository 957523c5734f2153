import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const claimsOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => [c.speaker, c.cue.text, c.kind, c.text]);
const speakersOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => c.speaker);

type Row = [string, string, string[][]];
type SpeakerRow = [string, string, string[]];

/** en.brand.exclamation: a "!" inside a name ("E! News", "Yahoo! Finance") ends no sentence and cuts no source. */
const brandRows: Row[] = [
  [
    "'according to a report by E! News'",
    "The drummer has quit the band, according to a report by E! News.",
    [["E! News", "according to", "indirect", "The drummer has quit the band"]],
  ],
  [
    "a listed brand before a continuation word speaks",
    "The chain will close forty stores, Yahoo! Finance reported on Friday.",
    [["Yahoo! Finance", "reported", "indirect", "The chain will close forty stores"]],
  ],
  [
    "a listed brand before a lower-case word stays in its sentence",
    "A former Jeopardy! champion said the final round had been rigged.",
    [["A former Jeopardy! champion", "said", "indirect", "the final round had been rigged"]],
  ],
  [
    "an exclamation before a new sentence still ends it",
    `The crowd chanted "Out!" Organisers said the match would resume on Sunday.`,
    [["Organisers", "said", "indirect", "the match would resume on Sunday"]],
  ],
];

describe("Brand names spelt with '!' (en.brand.exclamation)", () => {
  it.each(brandRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/**
 * en.description.name-modifier: "the production company", "the record label", "the oil firm" point to the
 * recent organisation whose name holds the modifier, even when it names itself in its own words; a name
 * closed by an organisation noun ("Studios", "Productions") is an organisation, never a person.
 */
const modifierRows: SpeakerRow[] = [
  [
    "'the production company' after a named production company that names itself in its quote",
    `Harbourlight Productions rejected the report on Tuesday. "Harbourlight Productions never agreed to the deal," the production company said.`,
    ["Harbourlight Productions"],
  ],
  [
    "'the record label' after '… Records', with another company named between",
    `Ostrava Records sued Kelvin Media over the album. Kelvin Media declined to comment. "We own the masters," the record label said.`,
    ["Ostrava Records"],
  ],
  ["a studio named after a person is no 'she'", "Maria Lenz Studios said it would appeal. She said the ruling was unfair.", ["Maria Lenz Studios", ""]],
  [
    "'the studio' after a named studio",
    `Maria Lenz Studios said it would appeal. "We will keep filming," the studio said.`,
    ["Maria Lenz Studios", "Maria Lenz Studios"],
  ],
  [
    "a modifier that matches no name leaves the usual resolution",
    `Torvald Energy cut its forecast. "Demand is weak," the oil company said.`,
    ["Torvald Energy"],
  ],
];

describe("Typed descriptions find the organisation their modifier names (en.description.name-modifier)", () => {
  it.each(modifierRows)("%s", (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

/**
 * en.participle.predicate and en.speaker.not-verb-phrase: a participle closing a coordinated predicate
 * ("… and sent a letter to management stating that …") speaks for the sentence's subject, the name in
 * apposition after an organisation noun when there is one; a verb and its object are never a speaker; and
 * "the group" then means that named group, never a person known only by a surname.
 */
const predicateRows: Row[] = [
  [
    "an organisation noun with its name in apposition, a coordinated predicate and 'stating that'",
    "The union, Northgate Nurses Alliance, met on Friday and sent a petition to the board stating that three wards would close.",
    [["Northgate Nurses Alliance", "stating", "indirect", "three wards would close"]],
  ],
  [
    "a plain subject and a coordinated predicate before 'saying'",
    "Halvorsen left the hearing early and handed a note to the clerk saying that the witness had lied.",
    [["Halvorsen", "saying", "indirect", "the witness had lied"]],
  ],
  [
    "'the group' after the appositive name is that group",
    "The group, Riverside Tenants Union, was formed in May. The group said the rents had doubled.",
    [["Riverside Tenants Union", "said", "indirect", "the rents had doubled"]],
  ],
];

describe("A participle after a predicate speaks for the sentence's subject (en.participle.predicate)", () => {
  it.each(predicateRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

const groupRows: SpeakerRow[] = [
  ["'the group' is not a person known by a surname", "Halvorsen said the budget was tight. The group said it would protest.", ["Halvorsen", "The group"]],
  [
    "'the group' skips a more recent person for the latest named organisation",
    "The Coastal Fishers Association met Halvorsen in May. Halvorsen said the quotas were unfair. The group said it would protest.",
    ["Halvorsen", "The Coastal Fishers Association"],
  ],
];

describe("'the group' means a named group or organisation, not a person", () => {
  it.each(groupRows)("%s", (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

/**
 * en.statement.issuer: a statement mentioned without being quoted ("X issued a statement", "X denied … in
 * a statement") makes X the issuer of a later "the statement said/read/continued", even when another
 * party spoke in between; a statement "obtained by" an outlet is not the outlet's.
 */
const issuerRows: SpeakerRow[] = [
  [
    "'issued a statement' then 'The statement, which was obtained by X, claimed that'",
    "Pellmark Foods issued a statement on Monday. The statement, which was obtained by the Ledger, claimed that the recall was voluntary.",
    ["Pellmark Foods"],
  ],
  [
    "'denied … in a statement' after another company's statement",
    `Aldwin Bank said in a statement that it had paid the fine. Corvel Mining denied the charges in a statement posted online. "We broke no law," the statement read.`,
    ["Aldwin Bank", "Corvel Mining"],
  ],
  [
    "'put out a news release' then 'the release said'",
    "The Ferris County sheriff's office put out a news release on Sunday. The release said two deputies were hurt.",
    ["The Ferris County sheriff's office"],
  ],
];

describe("A statement mentioned but not quoted names the issuer of 'the statement said' (en.statement.issuer)", () => {
  it.each(issuerRows)("%s", (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

/** en.verb.document-read: "read" reports only when a written text is its subject. */
const readRows: Row[] = [
  [
    "'…,' the letter read",
    `Dunmore Council sent a letter to residents on Friday. "The bridge will reopen in March," the letter read.`,
    [["Dunmore Council", "read", "direct", "The bridge will reopen in March"]],
  ],
  ["a person who read something is no attribution", `The mayor read "The Hollow Pines" to the pupils.`, []],
  ["a sign that read a word is no attribution", `The sign on the door read "Closed".`, []],
];

describe("'read' reports a written text's words (en.verb.document-read)", () => {
  it.each(readRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/**
 * en.description.accused-denies: "the company denied the allegations" after "X accused A and B of …" is the
 * accused organisation, not the latest company; a person's role noun picks an accused person; with no
 * accusation the description resolves as before.
 */
const denierRows: SpeakerRow[] = [
  [
    "'the firm denied the claims' means the accused firm, not the later company",
    `The regulator accused Halden Mining of hiding spills. Orrin Metals said in a statement that it had left the venture. The firm denied the claims in a statement on its website. "We reported every spill," the statement read.`,
    ["The regulator", "Orrin Metals", "Halden Mining"],
  ],
  [
    "'the company denied the allegations, saying' speaks for the accused company",
    "Unions accused Sefton Freight and Brightwell Holdings of breaking the strike. The company denied the allegations, saying it had hired no new drivers.",
    ["Unions", "Brightwell Holdings"],
  ],
  [
    "with no accusation, 'the company denied' is the latest company",
    "Brightwell Holdings cut 200 jobs. The company denied that pay would fall.",
    ["Brightwell Holdings"],
  ],
];

describe("A description denying an accusation is the accused (en.description.accused-denies)", () => {
  it.each(denierRows)("%s", (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

/**
 * en.salience.possessor: a known person named as a possessor in narration ("Talks with Leone's agents …")
 * is mentioned again, so a later "the 47-year-old" means them rather than someone who spoke before; an
 * unknown possessor changes nothing.
 */
const possessorRows: SpeakerRow[] = [
  [
    "a possessor in narration makes the person the referent of 'the 47-year-old'",
    `Marta Leone will replace Pieter Vos as head coach. Vos said he was disappointed. Talks with Leone's agents ended late on Tuesday. The 47-year-old said: "I am proud to be here."`,
    ["Vos", "Marta Leone"],
  ],
  [
    "without the possessor, 'the 47-year-old' is the latest speaker",
    `Marta Leone will replace Pieter Vos as head coach. Vos said he was disappointed. The 47-year-old said: "I am proud to be here."`,
    ["Vos", "Vos"],
  ],
  [
    "an unknown possessor changes nothing",
    `Marta Leone will replace Pieter Vos as head coach. Vos said he was disappointed. Talks with Acme's owners ended late on Tuesday. The 47-year-old said: "I am proud to be here."`,
    ["Vos", "Vos"],
  ],
];

describe("A known person named as a possessor is mentioned again (en.salience.possessor)", () => {
  it.each(possessorRows)("%s", (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

/** en.verb.reports: "reports" reports after a name or inverted after a comma, never as a plural noun. */
const reportsRows: Row[] = [
  ["'X reports that'", "Reuters reports that the port was closed.", [["Reuters", "reports", "indirect", "the port was closed"]]],
  ["'…, reports X'", "The port was closed, reports the Ledger.", [["Ledger", "reports", "indirect", "The port was closed"]]],
  ["'As X reports for Y, …'", "As Ana Ruiz reports for the Ledger, the port was closed.", [["Ana Ruiz", "reports", "indirect", "the port was closed"]]],
  ["'monthly reports that track prices' is a noun", "The agency publishes monthly reports that track prices.", []],
  ["'Police reports that were released' is a noun", "Police reports that were released on Friday show the driver was speeding.", []],
  ["'writes reports that nobody reads' is a noun", "Ana Ruiz writes reports that nobody reads.", []],
];

describe("'reports' as a reporting verb, not a noun (en.verb.reports)", () => {
  it.each(reportsRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/**
 * en.speaker.acronym and en.verb.trailing.named: an acronym spelt like a pronoun ("WHO") is a name; a name
 * closing the sentence after "…, says" is the inverted source even when no verb shows before the comma.
 */
const invertedRows: Row[] = [
  ["'…, says WHO.'", "Untreated cholera can kill within hours, says WHO.", [["WHO", "says", "indirect", "Untreated cholera can kill within hours"]]],
  [
    "'…, says the X' after a clause with no verb the rules know",
    "Most patients recover within a fortnight, says the Royal College of Nursing.",
    [["the Royal College of Nursing", "says", "indirect", "Most patients recover within a fortnight"]],
  ],
  ["a relative 'who' is still no speaker", "Those who say the plan will fail are wrong.", []],
];

describe("Inverted sources after a comma (en.verb.trailing.named, en.speaker.acronym)", () => {
  it.each(invertedRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

/** 'pointed out' takes a clause without "that" when a finite verb shows it is one; a plain object is no claim. */
const pointedOutRows: Row[] = [
  ["'pointed out' + a that-less clause", "Ruiz pointed out the errors had been fixed.", [["Ruiz", "pointed out", "indirect", "the errors had been fixed"]]],
  ["'pointed out' + a thing is no claim", "Ruiz pointed out the window to the visitors.", []],
];

describe("'pointed out' without 'that'", () => {
  it.each(pointedOutRows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
