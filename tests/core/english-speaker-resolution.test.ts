import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const speakersOf = (text: string) => extractEnglishClaims(text).map((c) => [c.speaker, c.text] as const);

/** Who a description, a pronoun or a titled name refers to: by type and recency, never a guess. */
const rows: [string, string, (readonly [string, string])[]][] = [
  [
    "a title attached before a name resolves to the name",
    `Green Party housing spokeswoman Carla Brandt said rents had doubled in a decade.`,
    [["Carla Brandt", "rents had doubled in a decade"]],
  ],
  [
    "capitalised honorific titles stay with the name",
    `Chief Inspector Omar Farouk said the road would stay closed overnight.`,
    [["Chief Inspector Omar Farouk", "the road would stay closed overnight"]],
  ],
  [
    "a definite role description resolves to the latest named person",
    `Nadia Petrov, who leads the opposition, walked out of the chamber. Later the Labour leader said the vote had been rigged.`,
    [["Nadia Petrov", "the vote had been rigged"]],
  ],
  [
    "a trade description such as 'the singer' resolves to the latest named person",
    `Marta Linde released her fourth album on Friday. The singer said the record was about her late father.`,
    [["Marta Linde", "the record was about her late father"]],
  ],
  [
    "'the company' skips a company named as the object of its own claim",
    `Norvik bought the refinery in 2019. Kestrel Holdings says it will sue Norvik over the sale. But the company has said it intends to take legal action against Kestrel Holdings.`,
    [
      ["Kestrel Holdings", "it will sue Norvik over the sale"],
      ["Norvik", "it intends to take legal action against Kestrel Holdings"],
    ],
  ],
  [
    "a company that opens the content it is attributed is still the speaker",
    `Harwick Foods will close its Leeds bakery next year, the company said.`,
    [["Harwick Foods", "Harwick Foods will close its Leeds bakery next year"]],
  ],
  [
    "a role description with nobody compatible before it stays as written",
    `The United States has not replied. A spokesman for the embassy declined to comment. The spokesman later said talks would continue.`,
    [["The spokesman", "talks would continue"]],
  ],
  [
    "'he' is not the person named as the subject of his own reported clause",
    `Paul Grant spoke after Tom Reyes. Tom Reyes's plan was reckless, he said.`,
    [["Paul Grant", "Tom Reyes's plan was reckless"]],
  ],
  [
    "a country is not a person a role description can refer to",
    `The United States has not replied. The spokesman said talks would continue.`,
    [["The spokesman", "talks would continue"]],
  ],
];

describe("extractEnglishClaims: speaker resolution", () => {
  it.each(rows)("%s", (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe("English speakers: an unresolved pronoun names no one", () => {
  it.each([
    ["'he' with no one before it", `He said the plan would fail.`],
    ["'it' with no organisation before it", `It said profits had fallen.`],
  ])("%s: the speaker is empty, the mention stays the pronoun", (_name, sentence) => {
    const [claim] = extractEnglishClaims(`Headline\n\n${sentence}`);
    expect(claim?.speaker).toBe("");
    expect(claim?.speakerMention.text).toBe(sentence.split(" ")[0]);
  });

  it("a quotation after an unknown speaker's quote keeps the unknown speaker rather than a guessed one", () => {
    const text = `Headline\n\nMaria Costa chairs the board.\n\n"We lost," he said. "It hurt."`;
    expect(extractEnglishClaims(text).map((c) => c.speaker)).toEqual(["", ""]);
  });
});
