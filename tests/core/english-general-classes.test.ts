import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const claimsOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => [c.speaker, c.cue.text, c.kind, c.text]);

type Row = [string, string, string[][]];

/**
 * Whole constructions of news English, each a table of invented sentences: the class is what is tested,
 * not any article it was noticed in.
 */
const speakerPhrases: Row[] = [
  // en.speaker.inverted-title: "said fire chief Ben Oduya"
  [
    "an inverted cue before a title without an article and a name",
    "“We did everything we could,” said fire chief Ben Oduya.",
    [["Ben Oduya", "said", "direct", "We did everything we could"]],
  ],
  [
    "an inverted cue before a lower-case title of several words, after a multi-sentence quote",
    "“The water rose too fast. Nobody saw it coming,” said city council member Joe Blake, who lives by the river.",
    [["Joe Blake", "said", "direct", "The water rose too fast. Nobody saw it coming"]],
  ],
  [
    "a trailing inverted cue before a bare title and name",
    "Prices will keep rising, said senior economist Lena Park.",
    [["Lena Park", "said", "indirect", "Prices will keep rising"]],
  ],
  [
    "an inverted cue before a plural noun phrase is not a title",
    "“It was a mistake,” said police officers at the scene.",
    [["police officers", "said", "direct", "It was a mistake"]],
  ],
  // en.speaker.nested-appositive: "Name, a role at Org, the description of Org, said"
  [
    "a name described by an appositive whose organisation has an appositive of its own",
    "Maria Delgado, a researcher at Harlow University, the country's oldest medical school, said the drug was safe.",
    [["Maria Delgado", "said", "indirect", "the drug was safe"]],
  ],
  [
    "a titled name with a nested appositive before 'told … that'",
    "Cmdr. Tom Reyes, a spokesman for Operation Shield, the naval mission in the Gulf, told reporters that the ships would stay.",
    [["Cmdr. Tom Reyes", "told", "indirect", "the ships would stay"]],
  ],
  [
    "an opening place and its appositive are not a speaker's name",
    "In Lagos, a city of 20 million, the governor said the roads would reopen.",
    [["the governor", "said", "indirect", "the roads would reopen"]],
  ],
  // en.speaker.restrictive-relative: a restrictive "who" clause holding a subordinate clause before the cue
  [
    "an anonymous source whose relative clause holds 'because'",
    "A spokeswoman who did not want to be named because she was not authorised to speak said the plant would close.",
    [["A spokeswoman who did not want to be named", "said", "indirect", "the plant would close"]],
  ],
  [
    "a group whose relative clause holds 'when'",
    "Residents who fled the fire when it spread said the alarms never rang.",
    [["Residents who fled the fire", "said", "indirect", "the alarms never rang"]],
  ],
  [
    "a name, an age and a description before the cue",
    "Ana Ruiz, 54, a nurse from Leeds, said the ward was full.",
    [["Ana Ruiz", "said", "indirect", "the ward was full"]],
  ],
  [
    "a non-restrictive relative between commas keeps its antecedent",
    "Police, who arrived after the shooting ended, said two men were arrested.",
    [["Police", "said", "indirect", "two men were arrested"]],
  ],
];

const pleas: Row[] = [
  // en.verb.svo.object with plea verbs: "pleaded with X to", "begged X to", "implored X to", "appealed to X to"
  [
    "'pleaded with' someone to act",
    "The families pleaded with the government to reopen the inquiry.",
    [["The families", "pleaded with", "indirect", "the government to reopen the inquiry"]],
  ],
  [
    "'appealed to' someone to act",
    "The charity appealed to donors to give before winter.",
    [["The charity", "appealed to", "indirect", "donors to give before winter"]],
  ],
  [
    "'begged' someone with the infinitive quoted",
    "The mayor begged lawmakers “not to lose sight of” the war in the east.",
    [["The mayor", "begged", "mixed", "lawmakers “not to lose sight of” the war in the east"]],
  ],
  ["a legal appeal to a court is no plea", "The firm appealed to the High Court last year.", []],
  ["'appealed to' voters as liking is no plea", "The idea appealed to voters in the suburbs.", []],
  [
    "an accused object with a place and a possessive before 'of'",
    "The ministry accused rebel forces in northern Mali’s desert of looting aid.",
    [["The ministry", "accused", "indirect", "rebel forces in northern Mali’s desert of looting aid"]],
  ],
  ["'begged for' after a fronted clause is no trailing frame", "Urged on by the crowd, the boxer begged for more time.", []],
];

const headings: Row[] = [
  // a quoted sub-heading after a section number is a heading, not a floating quote of the last speaker
  [
    "a numbered quoted sub-heading after a turn",
    "“We will appeal,” said Ana Ruiz.\n\n3. “A new chapter”\n\nThe court sat again in May.",
    [["Ana Ruiz", "said", "direct", "We will appeal"]],
  ],
  [
    "an unnumbered quoted sub-heading after a turn",
    "“We will appeal,” said Ana Ruiz.\n\n“A new chapter”\n\nThe court sat again in May.",
    [["Ana Ruiz", "said", "direct", "We will appeal"]],
  ],
  [
    "a quoted paragraph with its stop after a turn is still the speaker's",
    "“We will appeal,” said Ana Ruiz.\n\n“The ruling ignores the evidence.”",
    [
      ["Ana Ruiz", "said", "direct", "We will appeal"],
      ["Ana Ruiz", "", "direct", "The ruling ignores the evidence"],
    ],
  ],
];

const disputedClaims: Row[] = [
  // en.verb.svo.that after a noun naming someone else's claim: the disputed proposition is the content
  ["'denied the claim that'", "The company denied the claim that it had hidden losses.", [["The company", "denied", "indirect", "it had hidden losses"]]],
  ["'rejected the suggestion that'", "Ortega rejected the suggestion that he would resign.", [["Ortega", "rejected", "indirect", "he would resign"]]],
  [
    "'dismissed reports that' without a determiner",
    "The minister dismissed reports that the talks had collapsed.",
    [["The minister", "dismissed", "indirect", "the talks had collapsed"]],
  ],
  [
    "'disputed the notion that'",
    "The governor disputed the notion that the state had run out of money.",
    [["The governor", "disputed", "indirect", "the state had run out of money"]],
  ],
  // en.verb.svo.object: a claim rejected or described "as" something
  [
    "'rejected' accusations 'as' a quoted verdict",
    "The ministry rejected these accusations as “patently false.”",
    [["The ministry", "rejected", "mixed", "these accusations as “patently false.”"]],
  ],
  [
    "'described' a claim with its whole that-clause 'as' a quoted verdict",
    "Okafor later described the idea that the bank is insolvent as “complete nonsense.”",
    [["Okafor", "described", "mixed", "the idea that the bank is insolvent as “complete nonsense.”"]],
  ],
  ["'rejected that' plus a noun is a determiner, no claim", "The court rejected that offer last week.", []],
  ["rejecting a bid is an act, not a claim", "The board rejected the bid as too low.", []],
  ["rejecting a person in a role is an act, not a claim", "The council rejected the envoy as a mediator.", []],
];

const frames: Row[] = [
  // "add to" is to increase: no continuing turn, so "according to" keeps the sentence
  [
    "'adding to' after an 'according to' source is no cue",
    "The fund is investigating the bank, according to two people familiar with the matter, adding to a series of troubles at the lender.",
    [["two people familiar with the matter", "according to", "indirect", "The fund is investigating the bank"]],
  ],
  [
    "'adding to' inside a trailing attribution's content",
    "The storm destroyed the harvest, adding to the pressure on prices, the ministry said.",
    [["the ministry", "said", "indirect", "The storm destroyed the harvest, adding to the pressure on prices"]],
  ],
  ["'added to' as increased", "The chairman added to the confusion by posting a new map.", []],
  // en.verb.trailing.svo: a closing frame around a pronoun's act inside its first clause is the attribution
  [
    "a trailing frame around a pronoun's threat inside the reported clause",
    "A man admitted to charges he threatened to burn down a mosque, the county prosecutor's office announced Monday.",
    [["the county prosecutor's office", "announced", "indirect", "A man admitted to charges he threatened to burn down a mosque"]],
  ],
  [
    "an indefinite noun before a name is a reduced relative, not a closing frame",
    "Lena Ruiz met the board, in which she said costs had risen, a figure Park disputed later.",
    [["Lena Ruiz", "said", "indirect", "costs had risen, a figure Park disputed later"]],
  ],
];

const colonQuotes: Row[] = [
  // en.colon-quote.subject: a frame about a named person, a colon, and a quotation closing the sentence
  ["a name, an aside and a colon before a quotation", "Ruiz, however, was unmoved: “We will not pay.”", [["Ruiz", "", "direct", "We will not pay"]]],
  ["'For NAME,' and a colon before a quotation", "For Ruiz, the answer is simple: “Build more homes.”", [["Ruiz", "", "direct", "Build more homes"]]],
  ["a name and its verb phrase before a colon", "Ruiz put it bluntly: “We are broke.”", [["Ruiz", "", "direct", "We are broke"]]],
  ["a sign's words are nobody's claim", "The sign read: “No entry.”", []],
  ["a slogan with no person named is nobody's claim", "The slogan was simple: “Build Back Better.”", []],
  [
    "a cue after the quotation still names the speaker",
    "Ruiz was unmoved: “We will not pay,” she said later.",
    [["Ruiz", "said", "direct", "We will not pay"]],
  ],
];

const asFrames: Row[] = [
  // en.verb.as-frame.*: "as X said" attributes the clause it stands in
  ["a leading 'As X said' frame", "As Ruiz said in May, the plan is dead.", [["Ruiz", "said", "indirect", "the plan is dead"]]],
  ["a trailing 'as X noted' frame", "The plan is dead, as Ruiz noted on Monday.", [["Ruiz", "noted", "indirect", "The plan is dead"]]],
  [
    "an outlet's 'as X first reported'",
    "The vote was delayed, as Reuters first reported last week.",
    [["Reuters", "reported", "indirect", "The vote was delayed"]],
  ],
  [
    "a medial 'as X has pointed out' frame",
    "The plan, as Ruiz has pointed out, is dead.",
    [["Ruiz", "pointed out", "indirect", "The plan, as Ruiz has pointed out, is dead"]],
  ],
  ["a quotation after a leading frame stays a quotation", "As the minister said, “We cannot wait.”", [["the minister", "said", "direct", "We cannot wait"]]],
  ["'as' meaning 'while' is no frame", "Ruiz resigned as the minister said the plan was dead.", [["the minister", "said", "indirect", "the plan was dead"]]],
  ["'As expected,' is no frame", "As expected, the minister said the plan was dead.", [["the minister", "said", "indirect", "the plan was dead"]]],
];

const accordingTo: Row[] = [
  // a time phrase after an according-to source belongs to neither the source nor the content
  [
    "a leading source dated 'on Sunday'",
    "According to a statement released by the ministry on Sunday, 14 people died.",
    [["the ministry", "According to", "indirect", "14 people died"]],
  ],
  [
    "a trailing source dated 'in 2023'",
    "Fourteen people died, according to the health ministry in 2023.",
    [["the health ministry", "according to", "indirect", "Fourteen people died"]],
  ],
  [
    "a place after the source stays in it",
    "Fourteen people died, according to police in Lagos.",
    [["police in Lagos", "according to", "indirect", "Fourteen people died"]],
  ],
];

const clauses: Row[] = [
  // an opinion joined by "and" (no comma) inside a reported clause belongs to it
  [
    "an opinion verb joined inside the reported clause does not end it",
    "However, Ruiz said the visit made her realize Lee and the mayor still believed the plan would work.",
    [["Ruiz", "said", "indirect", "the visit made her realize Lee and the mayor still believed the plan would work"]],
  ],
  [
    "after a comma and 'and', an opinion is its own clause",
    "Lee said the talks had failed, and Park believes they will resume.",
    [
      ["Lee", "said", "indirect", "the talks had failed"],
      ["Park", "believes", "indirect", "they will resume"],
    ],
  ],
  // en.verb.coordinated-that: a second that-clause wholly in quotation marks is a direct claim of its own
  [
    "a second that-clause wholly quoted",
    "The captain said that the ship was safe and that “nobody was ever in danger.”",
    [
      ["The captain", "said", "indirect", "the ship was safe"],
      ["The captain", "said", "direct", "nobody was ever in danger"],
    ],
  ],
  [
    "a second that-clause after a quoted fragment",
    "Reyes told the radio that the claim “is plainly false,” and that “the convoy never left the base.”",
    [
      ["Reyes", "told", "mixed", "the claim “is plainly false"],
      ["Reyes", "told", "direct", "the convoy never left the base"],
    ],
  ],
  [
    "a second that-clause in the writer's words stays in the first claim",
    "Kaur told the council that the plan was sound, and that work would begin in May.",
    [["Kaur", "told", "indirect", "the plan was sound, and that work would begin in May"]],
  ],
];

const coreference: Row[] = [
  // a lone name word is a surname on second reference: it gives no gender, so "she" can mean its bearer
  [
    "a surname that is also a man's given name, then 'she'",
    "Rep. Anna Kim linked the attack to a host's remarks.\n\nJames asked for calm in a letter, saying she feared more violence. She added, “We must stay united.”",
    [
      ["James", "saying", "indirect", "she feared more violence"],
      ["James", "added", "direct", "We must stay united"],
    ],
  ],
  [
    "a full name's given name still gives the gender",
    "Tom Reyes spoke first.\n\nLaura Diaz followed him.\n\n“We lost everything,” she said.",
    [["Laura Diaz", "said", "direct", "We lost everything"]],
  ],
  [
    "a plural description does not mean one person with that role",
    "The clinics are busy, said Ruiz, a family physician.\n\n“We have seen the effects,” the physicians stated.",
    [
      ["Ruiz", "said", "indirect", "The clinics are busy"],
      ["the physicians", "stated", "direct", "We have seen the effects"],
    ],
  ],
  [
    "a singular description still means the person with that role",
    "The clinics are busy, said Ruiz, a family physician.\n\n“We have seen the effects,” the physician added.",
    [
      ["Ruiz", "said", "indirect", "The clinics are busy"],
      ["Ruiz", "added", "direct", "We have seen the effects"],
    ],
  ],
];

const asides: Row[] = [
  // a participle aside after an inverted speaker is not the rest of the content
  [
    "'…, said X, speaking on condition of anonymity'",
    "The ceasefire is holding, said a senior Western diplomat, speaking on condition of anonymity.",
    [["a senior Western diplomat", "said", "indirect", "The ceasefire is holding"]],
  ],
  [
    "an inverted parenthetical inside its clause",
    "The ceasefire, said one diplomat, is holding.",
    [["one diplomat", "said", "indirect", "The ceasefire, said one diplomat, is holding"]],
  ],
];

const adjunctRelatives: Row[] = [
  // a relative clause on the noun of the cue's adjunct ("in an email that was …") is not the reported clause
  [
    "an inverted trailing cue whose adjunct has a relative clause",
    "Jobs will be cut in units that do not support the core business, said the group's recently named chair Tom Reyes in an email to staff that was reviewed by reporters.",
    [["Tom Reyes", "said", "indirect", "Jobs will be cut in units that do not support the core business"]],
  ],
  [
    "a trailing cue whose adjunct has a relative clause",
    "Prices will rise, the minister said in a speech that was broadcast live.",
    [["the minister", "said", "indirect", "Prices will rise"]],
  ],
  [
    "the complementiser after an adjunct's relative clause",
    "The minister said in a speech that was broadcast live that prices would rise.",
    [["The minister", "said", "indirect", "prices would rise"]],
  ],
];

const demands: Row[] = [
  // en.verb.svo.np with a bare noun: a demand names what it demands even without a determiner
  ["'called for' a mass noun", "The president called for calm after the riots.", [["The president", "called for", "indirect", "calm after the riots"]]],
  ["'demanded' a bare noun", "Protesters demanded justice for the victims.", [["Protesters", "demanded", "indirect", "justice for the victims"]]],
  [
    "'called for' an adjective and plural",
    "The union called for higher wages and shorter hours.",
    [["The union", "called for", "indirect", "higher wages and shorter hours"]],
  ],
  ["'called for help' is a call for rescue", "The driver called for help from neighbours.", []],
  ["'called for years' is a duration", "Activists have called for years for the dam to be removed.", []],
  // recommend with "that": advice with a subjunctive clause
  [
    "'recommends that' with a subjunctive",
    "The agency recommends that everyone over 65 get a booster.",
    [["The agency", "recommends", "indirect", "everyone over 65 get a booster"]],
  ],
  ["'recommended' with a plain object is no claim", "She recommended the book to her students.", []],
];

const aspects: Row[] = [
  // en.verb.svo.that with a present perfect progressive: the subject's stance up to now
  [
    "'has been arguing … that'",
    "The senator has been arguing for months that the law is flawed.",
    [["The senator", "arguing", "indirect", "the law is flawed"]],
  ],
  ["'have been warning that'", "Doctors have been warning that wards are full.", [["Doctors", "warning", "indirect", "wards are full"]]],
  [
    "'have long been predicting that'",
    "Economists have long been predicting that rates will fall.",
    [["Economists", "predicting", "indirect", "rates will fall"]],
  ],
  [
    "'had been saying' stays the background of another speaker's account",
    "The minister had been saying the talks would fail, the spokesman said.",
    [["the spokesman", "said", "indirect", "The minister had been saying the talks would fail"]],
  ],
  ["a future cue with a modal", "The minister will say on Monday that taxes must rise.", [["The minister", "say", "indirect", "taxes must rise"]]],
  ["a past perfect cue", "Okafor had warned that the bridge was unsafe.", [["Okafor", "warned", "indirect", "the bridge was unsafe"]]],
];

const listeners: Row[] = [
  // "told" + a hearing or gathering as listener, then a that-less clause
  ["'told the inquest'", "The nurse told the inquest he was calm.", [["The nurse", "told", "indirect", "he was calm"]]],
  ["'told the tribunal'", "Ruiz told the tribunal she had been dismissed unfairly.", [["Ruiz", "told", "indirect", "she had been dismissed unfairly"]]],
  ["'told shareholders'", "Ruiz told shareholders the dividend would be cut.", [["Ruiz", "told", "indirect", "the dividend would be cut"]]],
  ["'told a rally' with its place", "Ruiz told a rally in Ohio the election was stolen.", [["Ruiz", "told", "indirect", "the election was stolen"]]],
  ["'told the truth' is no listener and no claim", "Ruiz told the truth.", []],
  ["any short plural noun before a clause is a listener", "Ruiz told aides the plan was dead.", [["Ruiz", "told", "indirect", "the plan was dead"]]],
  ["a possessive listener before a pronoun's clause", "Ruiz told his staff it would close.", [["Ruiz", "told", "indirect", "it would close"]]],
  ["'told lies to …' has no clause after its object", "Ruiz told lies to cover the loss.", []],
  ["a hedge between the subject and 'told'", "Ruiz allegedly told investors the fund was safe.", [["Ruiz", "told", "indirect", "the fund was safe"]]],
  [
    "an adverb between the subject and its verb is not the speaker's",
    "Ruiz later apologised, saying she had misspoken.",
    [["Ruiz", "saying", "indirect", "she had misspoken"]],
  ],
];

const gerunds: Row[] = [
  // a gerund cue after a preposition: the sentence's subject speaks ("by saying that …"); a negated one says nothing
  ["'by saying that' after the main verb", "Ruiz angered voters by saying that the tax would rise.", [["Ruiz", "saying", "indirect", "the tax would rise"]]],
  ["'after warning that'", "Ruiz left the meeting after warning that the deal was dead.", [["Ruiz", "warning", "indirect", "the deal was dead"]]],
  [
    "'by saying' inside a non-restrictive relative clause",
    "The company, which tried to calm investors by saying profits would rise, lost a third of its value.",
    [["The company", "saying", "indirect", "profits would rise"]],
  ],
  ["'stopped short of saying' says nothing", "The minister stopped short of saying the talks had failed.", []],
  ["'without saying' says nothing", "Ruiz left without saying whether she would return.", []],
  ["'refrained from saying' says nothing", "Ruiz refrained from saying the talks had failed.", []],
  // "cited X as saying" reads like "quoted X as saying"
  ["'cited X as saying'", "State media cited the ministry as saying the dam was safe.", [["the ministry", "saying", "indirect", "the dam was safe"]]],
  ["'cited' a reason is no quotation", "Ruiz cited rising costs as the reason for the delay.", []],
];

const negations: Row[] = [
  // a negated subject says nothing; one adverb may stand before "that"
  ["'Neither … nor … would say'", "Neither Ruiz nor Reyes would say whether the plan was flawed.", []],
  ["'Nobody said'", "Nobody said the plan was flawed.", []],
  ["'No official confirmed that'", "No official confirmed that the plan was flawed.", []],
  ["'None of the officials said'", "None of the officials said the plan was flawed.", []],
  ["'would say only that'", "Ruiz would say only that the plan was under review.", [["Ruiz", "say", "indirect", "the plan was under review"]]],
  ["'said simply that'", "Ruiz said simply that the plan was dead.", [["Ruiz", "said", "indirect", "the plan was dead"]]],
];

const groups: [string, Row[]][] = [
  ["English according-to sources with a date", accordingTo],
  ["English 'as X said' frames", asFrames],
  ["English quotations after a colon that closes a frame about a person", colonQuotes],
  ["English speaker phrases", speakerPhrases],
  ["English pleas through an object", pleas],
  ["English quoted sub-headings", headings],
  ["English denials and descriptions of a named claim", disputedClaims],
  ["English closing frames and look-alike participles", frames],
  ["English clauses joined inside reported speech", clauses],
  ["English coreference across sentences", coreference],
  ["English asides after an inverted speaker", asides],
  ["English relative clauses inside a cue's adjunct", adjunctRelatives],
  ["English demands and advice", demands],
  ["English cues in other tenses and aspects", aspects],
  ["English listeners of 'told'", listeners],
  ["English gerund cues and quotation through a channel", gerunds],
  ["English negated subjects and adverbs before 'that'", negations],
];

describe.each(groups)("%s", (_group, rows) => {
  it.each(rows)("%s", (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
