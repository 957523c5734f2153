import { describe, expect, it } from "vitest";
import { englishClaimRows, type EnglishClaimRow } from "../helpers/english-claims.ts";

type Expected = EnglishClaimRow;

const claimsOf = (text: string): Expected[] => englishClaimRows(text, true);

/** Wire and newspaper frames, each row a sentence written for the test and every claim it holds. */
const rows: [string, string, Expected[]][] = [
  [
    "'at least' opens the reported clause's subject, not an adjunct",
    "Officials said at least 40 people had been killed in the blast.",
    [{ speaker: "Officials", cue: "said", kind: "indirect", text: "at least 40 people had been killed in the blast", rule: "en.verb.svo.bare" }],
  ],
  [
    "'about' before a number is an approximation, not a preposition",
    "Police said about 200 people were arrested overnight.",
    [{ speaker: "Police", cue: "said", kind: "indirect", text: "about 200 people were arrested overnight", rule: "en.verb.svo.bare" }],
  ],
  [
    "'over' before a number opens the clause",
    "The agency said over 3,000 homes had lost power.",
    [{ speaker: "The agency", cue: "said", kind: "indirect", text: "over 3,000 homes had lost power", rule: "en.verb.svo.bare" }],
  ],
  [
    "'said over the phone' is still an adjunct",
    "Ms Ross said over the phone that the shop had closed.",
    [{ speaker: "Ms Ross", cue: "said", kind: "indirect", text: "the shop had closed", rule: "en.verb.svo.that" }],
  ],
  [
    "a plural subject with a base-form cue ('analysts predict')",
    "Some analysts predict that the merger will be blocked.",
    [{ speaker: "Some analysts", cue: "predict", kind: "indirect", text: "the merger will be blocked", rule: "en.verb.svo.that" }],
  ],
  [
    "'officials estimate' without 'that'",
    "Officials estimate the repairs will cost $2m.",
    [{ speaker: "Officials", cue: "estimate", kind: "indirect", text: "the repairs will cost $2m", rule: "en.verb.svo.bare" }],
  ],
  [
    "'residents complain that'",
    "Residents complain that the buses never run on time.",
    [{ speaker: "Residents", cue: "complain", kind: "indirect", text: "the buses never run on time", rule: "en.verb.svo.that" }],
  ],
  [
    "a quoted fragment closing a content before 'and' keeps its closing mark",
    `The league said it was "deeply concerned" and urged clubs to cooperate.`,
    [
      { speaker: "The league", cue: "said", kind: "mixed", text: `it was "deeply concerned"`, rule: "en.verb.svo.bare" },
      { speaker: "The league", cue: "urged", kind: "indirect", text: "clubs to cooperate", rule: "en.verb.implicit.object" },
    ],
  ],
  [
    "a study 'found that': the issuer after 'by' speaks",
    "A 2022 study by the Rowan Institute found that one in four tenants had damp homes.",
    [{ speaker: "Rowan Institute", cue: "found", kind: "indirect", text: "one in four tenants had damp homes", rule: "en.verb.svo.that" }],
  ],
  [
    "published figures 'showed' a clause without 'that'",
    "Official figures showed unemployment fell to 4% in May.",
    [{ speaker: "Official figures", cue: "showed", kind: "indirect", text: "unemployment fell to 4% in May", rule: "en.verb.svo.bare" }],
  ],
  [
    "a speaker's closing frame around a study's finding is the attribution",
    "Surveys showed that crime had fallen, a police spokesman added.",
    [{ speaker: "a police spokesman", cue: "added", kind: "indirect", text: "Surveys showed that crime had fallen", rule: "en.verb.trailing.svo" }],
  ],
  ["'found' with a person subject and an object is no claim", "Divers found a wreck off the coast.", []],
  ["'showed' with a listener and an object is no claim", "She showed visitors the garden.", []],
  [
    "'called X' with a quoted description",
    `The mayor called the decision "a slap in the face for residents".`,
    [
      {
        speaker: "The mayor",
        cue: "called",
        kind: "mixed",
        text: `the decision "a slap in the face for residents"`,
        rule: "en.verb.svo.object",
      },
    ],
  ],
  [
    "'calling on' is the longer cue, not 'calling' with a description",
    `"We cannot wait," she said, calling on donors to release the funds.`,
    [
      { speaker: "", cue: "said", kind: "direct", text: "We cannot wait", rule: "en.quote-then-cue" },
      { speaker: "", cue: "calling on", kind: "indirect", text: "donors to release the funds", rule: "en.participle.object" },
    ],
  ],
  ["'called' with no quotation is no claim", "The neighbours called the fire brigade.", []],
  [
    "a document filed by a named party speaks for it",
    "The complaint, filed in May by the Tenants Union, alleged that rents had been raised illegally.",
    [{ speaker: "the Tenants Union", cue: "alleged", kind: "indirect", text: "rents had been raised illegally", rule: "en.verb.svo.that" }],
  ],
  [
    "a 'citing …' aside between the adjunct and 'that'",
    "The newspaper reported on Friday, citing two officials, that the minister would resign.",
    [{ speaker: "The newspaper", cue: "reported", kind: "indirect", text: "the minister would resign", rule: "en.verb.svo.that" }],
  ],
  [
    "'called for' names what it demands",
    "The bishops called for an independent inquiry into the closures.",
    [{ speaker: "The bishops", cue: "called for", kind: "indirect", text: "an independent inquiry into the closures", rule: "en.verb.svo.np" }],
  ],
  [
    "'demanded' with a noun phrase",
    "Striking nurses demanded a 10% rise for all staff.",
    [{ speaker: "Striking nurses", cue: "demanded", kind: "indirect", text: "a 10% rise for all staff", rule: "en.verb.svo.np" }],
  ],
  [
    "'pledged to' with an infinitive",
    "The governor pledged to rebuild every school by 2028.",
    [{ speaker: "The governor", cue: "pledged", kind: "indirect", text: "rebuild every school by 2028", rule: "en.verb.svo.infinitive" }],
  ],
  [
    "an acronym that spells a pronoun is a name ('The WHO')",
    "The WHO urged governments to share vaccine stocks.",
    [{ speaker: "The WHO", cue: "urged", kind: "indirect", text: "governments to share vaccine stocks", rule: "en.verb.svo.object" }],
  ],
  ["'the public demand that' is a noun, not a cue", "The public demand that the law be changed has grown.", []],
  ["'refused to' is not a promise", "The minister refused to rule out further cuts.", []],
  ["an estimate after a determiner is a noun", "The estimate that the firm published was wrong.", []],
  ["a dispute after a determiner is a noun", "The dispute over pay has lasted a year.", []],
];

describe("extractEnglishClaims: wire and newspaper frames", () => {
  it.each(rows)("%s", (_name, input, expected) => {
    expect(claimsOf(input)).toEqual(expected);
  });
});
