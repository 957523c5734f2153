import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

const speakersOf = (text: string) => extractEnglishClaims(text).map((c) => [c.speaker, c.speakerMention.text]);

const rows: [string, string, string[][]][] = [
  [
    "a pronoun subject resolves to the most recent speaker of that gender",
    `Ms. Ana Ruiz said the plan was sound. Mr. Tom Hale said it was too costly. She said the council would vote in June.`,
    [
      ["Ms. Ana Ruiz", "Ms. Ana Ruiz"],
      ["Mr. Tom Hale", "Mr. Tom Hale"],
      ["Ms. Ana Ruiz", "She"],
    ],
  ],
  [
    "a later surname-only mention resolves to the full name",
    `"We are ready," said Jane Poll, a spokeswoman for the ministry.\n\nPoll said the talks would resume on Monday.`,
    [
      ["Jane Poll", "Jane Poll"],
      ["Jane Poll", "Poll"],
    ],
  ],
  [
    "a later title-only mention resolves to the person described with that title",
    `Sergei Lavrov, Russia's foreign minister, said the proposal was unacceptable.\n\n"We will not negotiate under pressure," the minister said.`,
    [
      ["Sergei Lavrov", "Sergei Lavrov"],
      ["Sergei Lavrov", "the minister"],
    ],
  ],
  [
    "'the statement' resolves to whoever spoke in a statement",
    `The airline said in a statement that all flights would resume on Friday. The statement said passengers would be offered refunds.`,
    [
      ["The airline", "The airline"],
      ["The airline", "The statement"],
    ],
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
    [
      ["Harlow Pharma", "Harlow Pharma"],
      ["Harlow Pharma", "It"],
    ],
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
  [
    "a name after a described role with a place in it is the speaker",
    `The local secretary at Dunmore, Ms Elin Moss, told the newspaper the cuts were "reckless". "They will close wards," she said.`,
    [
      ["Ms Elin Moss", "Ms Elin Moss"],
      ["Ms Elin Moss", "she"],
    ],
  ],
  [
    "words before a title qualify it: a later bare company name is the company, not its chief",
    `Orvane Systems said on Monday it would hire 300 engineers. "We are growing fast," Orvane CEO Mira Tal said. Orvane said the site would open in 2027.`,
    [
      ["Orvane Systems", "Orvane Systems"],
      ["Orvane CEO Mira Tal", "Orvane CEO Mira Tal"],
      ["Orvane Systems", "Orvane"],
    ],
  ],
  [
    "a given name after a county title sets the gender, so 'it' skips the person",
    `Pike County Sheriff Dana Cole said the road would stay closed. Ridgeway Freight, the trucking firm, said it was cooperating. It said no drivers were hurt.`,
    [
      ["Pike County Sheriff Dana Cole", "Pike County Sheriff Dana Cole"],
      ["Ridgeway Freight", "Ridgeway Freight"],
      ["Ridgeway Freight", "It"],
    ],
  ],
  [
    "'and' inside an organisation's name keeps it whole for a later 'the board'",
    `The Coastal Safety and Rescue Board is reviewing the sinking. "We will publish what we find," the board said.`,
    [["The Coastal Safety and Rescue Board", "the board"]],
  ],
  [
    "figures published by a body speak for that body",
    `The Wexley Institute is closing two campuses. According to figures published by the institute, enrolment fell by a third. The institute said the closures would save money.`,
    [
      ["The Wexley Institute", "figures published by the institute"],
      ["The Wexley Institute", "The institute"],
    ],
  ],
  [
    "a bare news release speaks for the party that last spoke",
    `Brightwell Foods Ltd will open a bakery in Leeds, the company announced on Monday. The site will bake for supermarkets, according to a press release.`,
    [
      ["Brightwell Foods Ltd", "the company"],
      ["Brightwell Foods Ltd", "a press release"],
    ],
  ],
  [
    "a lower-case role before a name makes the name the sentence subject a pronoun refers to",
    `Mayor Rosa Diaz spoke first. Board member Ines Vale, who chairs the finance panel, abstained. She said the budget was incomplete.`,
    [["Ines Vale", "She"]],
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
    expect(floating.rule).toBe("en.floating-quote");
  });
});
