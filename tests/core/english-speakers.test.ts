import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const speakersOf = (text: string) => extractEnglishClaims(text).map((c) => [c.speaker, c.speakerMention.text]);

const rows: [string, string, string[][]][] = [
  [
    "a pronoun subject resolves to the most recent speaker of that gender",
    `Ms. Ana Ruiz said the plan was sound. Mr. Tom Hale said it was too costly. She said the council would vote in June.`,
    [["Ms. Ana Ruiz", "Ms. Ana Ruiz"], ["Mr. Tom Hale", "Mr. Tom Hale"], ["Ms. Ana Ruiz", "She"]],
  ],
  [
    "a later surname-only mention resolves to the full name",
    `"We are ready," said Jane Poll, a spokeswoman for the ministry.\n\nPoll said the talks would resume on Monday.`,
    [["Jane Poll", "Jane Poll"], ["Jane Poll", "Poll"]],
  ],
  [
    "a later title-only mention resolves to the person described with that title",
    `Sergei Lavrov, Russia's foreign minister, said the proposal was unacceptable.\n\n"We will not negotiate under pressure," the minister said.`,
    [["Sergei Lavrov", "Sergei Lavrov"], ["Sergei Lavrov", "the minister"]],
  ],
  [
    "'the statement' resolves to whoever spoke in a statement",
    `The airline said in a statement that all flights would resume on Friday. The statement said passengers would be offered refunds.`,
    [["The airline", "The airline"], ["The airline", "The statement"]],
  ],
  [
    "a name in the appositive is the speaker, not the role before it",
    `The company's chief executive, Maria Lind, said profits would fall.`,
    [["Maria Lind", "Maria Lind"]],
  ],
  [
    "an unnamed source keeps its description as the speaker",
    `A source familiar with the matter said the deal could be signed this week.`,
    [["A source familiar with the matter", "A source familiar with the matter"]],
  ],
  [
    "'it' resolves to the latest organisation",
    `Harlow Pharma, the drug maker, said it was cooperating with regulators. It said no patients had been harmed.`,
    [["Harlow Pharma", "Harlow Pharma"], ["Harlow Pharma", "It"]],
  ],
  [
    "a pronoun reaches a person who was only a sentence subject before",
    `Judge Anita Sorensen set sentencing for Nov. 14. She said the defendant would remain free on bond.`,
    [["Judge Anita Sorensen", "She"]],
  ],
  [
    "honorifics and military ranks stay inside the speaker name",
    `Lt. Col. Dana Reyes said the drills would continue through the weekend.`,
    [["Lt. Col. Dana Reyes", "Lt. Col. Dana Reyes"]],
  ],
];

describe("extractEnglishClaims: speakers", () => {
  it.each(rows)("%s", (_name, input, expected) => {
    expect(speakersOf(input)).toEqual(expected);
  });

  it("a floating quote has an empty speaker mention at the quote", () => {
    const text = `"We won," Ms. Lee said. "Now the work begins."`;
    const floating = extractEnglishClaims(text)[1]!;
    expect(floating.speaker).toBe("Ms. Lee");
    expect(floating.speakerMention.start).toBe(floating.speakerMention.end);
    expect(floating.rule).toBe("en-quote-floating");
  });
});
