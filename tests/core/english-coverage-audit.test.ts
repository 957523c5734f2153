import { describe, expect, it } from "vitest";
import { englishClaimRows, type EnglishClaimRow } from "../helpers/english-claims.ts";

/**
 * A coverage audit of the English extractor on the constructions ordinary wire and BBC-style copy uses.
 * Each row is text written for this test and every claim a fact-checker expects in it: speaker (resolved
 * to the name the article gives), cue as written, kind, and content from its first word to its last.
 */
type Row = [name: string, text: string, expected: EnglishClaimRow[]];

const claim = (speaker: string, cue: string, text: string, kind: EnglishClaimRow["kind"] = "indirect"): EnglishClaimRow => ({ speaker, cue, kind, text });

const reportingVerbs: Row[] = [
  ["says (present)", "The minister says the scheme will be reviewed.", [claim("The minister", "says", "the scheme will be reviewed")]],
  ["has said (perfect)", "The minister has said the scheme will be reviewed.", [claim("The minister", "said", "the scheme will be reviewed")]],
  ["had said (pluperfect)", "The minister had said the scheme would be reviewed.", [claim("The minister", "said", "the scheme would be reviewed")]],
  [
    "will say (a speech trailed in advance)",
    "The prime minister will say that the health service must change.",
    [claim("The prime minister", "say", "the health service must change")],
  ],
  ["is saying (progressive)", "The union is saying that the offer is too low.", [claim("The union", "saying", "the offer is too low")]],
  ["are calling for (progressive)", "Campaigners are calling for a public inquiry.", [claim("Campaigners", "calling for", "a public inquiry")]],
  ["an adverb between the auxiliary and the cue", "The firm has vehemently denied that it broke the law.", [claim("The firm", "denied", "it broke the law")]],
  ["went on to say", "The minister went on to say that more money was needed.", [claim("The minister", "went on to say", "more money was needed")]],
  ["told with a listener and 'that'", "Mr Hill told the BBC that the deal was dead.", [claim("Mr Hill", "told", "the deal was dead")]],
  ["tells (present) with a listener", "Ms Rowe tells the magazine that she has no regrets.", [claim("Ms Rowe", "tells", "she has no regrets")]],
  ["added that", "The company added that prices would rise in the spring.", [claim("The company", "added", "prices would rise in the spring")]],
  ["warned that", "Economists warned that growth would slow next year.", [claim("Economists", "warned", "growth would slow next year")]],
  ["warns (present)", "The IMF warns that the recovery remains fragile.", [claim("The IMF", "warns", "the recovery remains fragile")]],
  ["argued without 'that'", "Critics argued the law was too vague.", [claim("Critics", "argued", "the law was too vague")]],
  ["insisted without 'that'", "The club insisted it had done nothing wrong.", [claim("The club", "insisted", "it had done nothing wrong")]],
  ["claimed without 'that'", "The rebels claimed they had taken the town.", [claim("The rebels", "claimed", "they had taken the town")]],
  ["denied that", "The firm denied that it had misled investors.", [claim("The firm", "denied", "it had misled investors")]],
  ["admitted without 'that'", "The bank admitted it had made serious mistakes.", [claim("The bank", "admitted", "it had made serious mistakes")]],
  ["acknowledged", "The chairman acknowledged the results were disappointing.", [claim("The chairman", "acknowledged", "the results were disappointing")]],
  ["confirmed that", "Police confirmed that two men had been arrested.", [claim("Police", "confirmed", "two men had been arrested")]],
  ["announced that", "The government announced that the tax would be scrapped.", [claim("The government", "announced", "the tax would be scrapped")]],
  [
    "estimated that",
    "The charity estimated that 2,000 families had lost their homes.",
    [claim("The charity", "estimated", "2,000 families had lost their homes")],
  ],
  [
    "predicted without 'that'",
    "Analysts predicted the central bank would raise rates.",
    [claim("Analysts", "predicted", "the central bank would raise rates")],
  ],
  ["stressed that", "The doctor stressed that the risk was very small.", [claim("The doctor", "stressed", "the risk was very small")]],
  ["noted that", "The report noted that exports had fallen for a third month.", [claim("The report", "noted", "exports had fallen for a third month")]],
  ["explained that", "The coach explained that the players were exhausted.", [claim("The coach", "explained", "the players were exhausted")]],
  ["complained that", "Residents complained that the noise kept them awake.", [claim("Residents", "complained", "the noise kept them awake")]],
  ["conceded that", "The minister conceded that mistakes had been made.", [claim("The minister", "conceded", "mistakes had been made")]],
  ["suggested that", "The survey suggested that voters were undecided.", [claim("The survey", "suggested", "voters were undecided")]],
  [
    "revealed that",
    "The documents revealed that the plan had been drawn up in 2003.",
    [claim("The documents", "revealed", "the plan had been drawn up in 2003")],
  ],
  ["has maintained", "The singer has always maintained that he is innocent.", [claim("The singer", "maintained", "he is innocent")]],
  ["alleged that", "Prosecutors alleged that the men had smuggled cash abroad.", [claim("Prosecutors", "alleged", "the men had smuggled cash abroad")]],
  ["reported that", "The newspaper reported that the minister would resign.", [claim("The newspaper", "reported", "the minister would resign")]],
  ["wrote in an outlet that", "The professor wrote in the Guardian that the policy had failed.", [claim("The professor", "wrote", "the policy had failed")]],
  ["stated that", "The ministry stated that no decision had been taken.", [claim("The ministry", "stated", "no decision had been taken")]],
  ["testified that", "The witness testified that she had seen the car.", [claim("The witness", "testified", "she had seen the car")]],
  ["urged X to", "Doctors urged parents to vaccinate their children.", [claim("Doctors", "urged", "parents to vaccinate their children")]],
  ["called on X to", "The UN called on both sides to stop the fighting.", [claim("The UN", "called on", "both sides to stop the fighting")]],
  ["called for", "Campaigners called for a public inquiry into the deaths.", [claim("Campaigners", "called for", "a public inquiry into the deaths")]],
  ["asked X to", "The council asked residents to report any leaks.", [claim("The council", "asked", "residents to report any leaks")]],
  [
    "accused X of",
    "The opposition accused the government of hiding the cost of the war.",
    [claim("The opposition", "accused", "the government of hiding the cost of the war")],
  ],
  ["described X as (unquoted)", "The union described the pay offer as an insult.", [claim("The union", "described", "the pay offer as an insult")]],
  ["branded X a '…'", `Mr Howard branded the plan a "stealth tax".`, [claim("Mr Howard", "branded", `the plan a "stealth tax"`, "mixed")]],
  [
    "branded X '…' with a verb-like noun in the object",
    `The Tories have branded the plans "a stealth tax".`,
    [claim("The Tories", "branded", `the plans "a stealth tax"`, "mixed")],
  ],
  ["also + cue", "The report also said that waiting lists had grown.", [claim("The report", "said", "waiting lists had grown")]],
  ["a time adjunct between cue and 'that'", "The minister said on Monday that the talks had failed.", [claim("The minister", "said", "the talks had failed")]],
  ["'yesterday' between cue and clause", "The minister said yesterday the talks had failed.", [claim("The minister", "said", "the talks had failed")]],
  [
    "a programme as listener, with a possessive",
    "Mr Hill told BBC Radio 4's Today programme that the plan would fail.",
    [claim("Mr Hill", "told", "the plan would fail")],
  ],
];

const frames: Row[] = [
  [
    "inverted cue after a quote, with an appositive",
    `"We will not give up," said John Smith, the company's chief executive.`,
    [claim("John Smith", "said", "We will not give up", "direct")],
  ],
  [
    "a quote then 'he said', the speaker named before",
    `John Smith led the talks.\n\n"We will not give up," he said.`,
    [claim("John Smith", "said", "We will not give up", "direct")],
  ],
  ["trailing 'the minister said'", "The talks will resume next week, the minister said.", [claim("the minister", "said", "The talks will resume next week")]],
  [
    "trailing 'officials said on Tuesday'",
    "Five soldiers were killed in the attack, officials said on Tuesday.",
    [claim("officials", "said", "Five soldiers were killed in the attack")],
  ],
  [
    "trailing 'he told reporters in Washington'",
    "Jack Straw flew home on Monday.\n\nThe talks were at an end, he told reporters in Washington.",
    [claim("Jack Straw", "told", "The talks were at an end")],
  ],
  ["trailing 'says a report'", "Crime has fallen by 5%, says a Home Office report.", [claim("a Home Office report", "says", "Crime has fallen by 5%")]],
  ["a quote and 'told the BBC'", `"This is unacceptable," Mr Brown told the BBC.`, [claim("Mr Brown", "told", "This is unacceptable", "direct")]],
  [
    "a quote with an unnamed spokesman after the cue",
    `"This is a very serious matter," said a Downing Street spokesman.`,
    [claim("a Downing Street spokesman", "said", "This is a very serious matter", "direct")],
  ],
  [
    "a quote with a described spokeswoman before the cue",
    `"We are delighted," a spokeswoman for the company said.`,
    [claim("a spokeswoman for the company", "said", "We are delighted", "direct")],
  ],
  [
    "present-tense inverted cue with 'of'",
    `"It was a mistake," says Professor John Hill of Leeds University.`,
    [claim("Professor John Hill of Leeds University", "says", "It was a mistake", "direct")],
  ],
  [
    "a cue and a colon before the quote",
    `A spokesman for the club said: "We are disappointed by the decision."`,
    [claim("A spokesman for the club", "said", "We are disappointed by the decision", "direct")],
  ],
  [
    "'added:' before a quote, the speaker from the sentence before",
    `Ms Patel said the school would stay open. She added: "We owe it to the children."`,
    [claim("Ms Patel", "said", "the school would stay open"), claim("Ms Patel", "added", "We owe it to the children", "direct")],
  ],
  [
    "a quoted fragment in reported speech",
    `The minister said he was "delighted" with the result.`,
    [claim("The minister", "said", `he was "delighted" with the result`, "mixed")],
  ],
  [
    "a quote then 'the 45-year-old said'",
    `Paul Grant, 45, left the court smiling.\n\n"I always knew I would be cleared," the 45-year-old said.`,
    [claim("Paul Grant", "said", "I always knew I would be cleared", "direct")],
  ],
  [
    "an outlet quoting a named official 'as saying': the official speaks",
    "Interfax news agency quoted Deputy Energy Minister Ivan Petrov as saying exports would rise.",
    [claim("Deputy Energy Minister Ivan Petrov", "saying", "exports would rise")],
  ],
  [
    "a paper quoting an unnamed official 'as saying'",
    "The Times quoted a senior official as saying the plan was dead.",
    [claim("a senior official", "saying", "the plan was dead")],
  ],
  [
    "an outlet quoting 'him as saying' a quote: the man named before speaks",
    `Ivan Petrov flew to Kiev on Monday.\n\nRIA news agency quoted him as saying: "We will not back down."`,
    [claim("Ivan Petrov", "saying", "We will not back down", "direct")],
  ],
  ["a trailing frame after a percentage", "Inflation rose to 5%, officials said.", [claim("officials", "said", "Inflation rose to 5%")]],
  [
    "'the bank' with no bank named before is not the content's own subject",
    "Inflation hit 5%, the bank said.",
    [claim("the bank", "said", "Inflation hit 5%")],
  ],
  [
    "a quote with no comma before 'he said'",
    `Mary Hale led the march.\n\n"We have done nothing wrong" she said.`,
    [claim("Mary Hale", "said", "We have done nothing wrong", "direct")],
  ],
  [
    "a short quoted title before a trailing frame is no quote of its own",
    `The film "Team America" was banned, he said.`,
    [claim("", "said", `The film "Team America" was banned`, "mixed")],
  ],
  [
    "a quoted fragment before ', adding:' keeps its closing mark",
    `Ms Jowell said the plans were "a big step forward", adding: "This is good news for sport."`,
    [claim("Ms Jowell", "said", `the plans were "a big step forward"`, "mixed"), claim("Ms Jowell", "adding", "This is good news for sport", "direct")],
  ],
  [
    "a colon quote followed by ', adding that' is still a direct quote",
    `Mr Lee said: "It is time to move on," adding that he had no regrets.`,
    [claim("Mr Lee", "said", "It is time to move on", "direct"), claim("Mr Lee", "adding", "he had no regrets")],
  ],
  [
    "a quote split mid-sentence by its frame",
    `"The decision," Mr Lee said, "is final."`,
    [claim("Mr Lee", "said", "The decision", "direct"), claim("Mr Lee", "said", "is final", "direct")],
  ],
  [
    "a bare-named outlet quoting 'her as saying': the woman named before speaks",
    `Anna Ivanova flew to Kiev on Monday.\n\nInterfax quoted her as saying the talks had failed.`,
    [claim("Anna Ivanova", "saying", "the talks had failed")],
  ],
];

const longSubjects: Row[] = [
  [
    "a relative clause between the subject and the cue",
    "Mr Smith, who has led the firm since 2001, said the merger would go ahead.",
    [claim("Mr Smith", "said", "the merger would go ahead")],
  ],
  [
    "an appositive role between the subject and the cue",
    "Jane Lee, a spokeswoman for the airline, said flights would resume on Friday.",
    [claim("Jane Lee", "said", "flights would resume on Friday")],
  ],
  [
    "the role first, the name in apposition",
    "The chief executive of Acme, John Smith, said profits would double.",
    [claim("John Smith", "said", "profits would double")],
  ],
  [
    "a possessive role as subject",
    "Tony Blair's official spokesman said the prime minister had full confidence in the minister.",
    [claim("Tony Blair's official spokesman", "said", "the prime minister had full confidence in the minister")],
  ],
  ["an age in apposition", "Mary Jones, 54, said she had been treated unfairly.", [claim("Mary Jones", "said", "she had been treated unfairly")]],
  [
    "a 'whose' clause between the subject and the cue",
    "Ann Ward, whose son was killed in the attack, said she wanted answers.",
    [claim("Ann Ward", "said", "she wanted answers")],
  ],
  ["an adverb between the subject and the cue", "Mr Smith later said the merger would go ahead.", [claim("Mr Smith", "said", "the merger would go ahead")]],
  ["a coordinated subject", "Mr Ross and his wife said they were shocked.", [claim("Mr Ross and his wife", "said", "they were shocked")]],
  [
    "two sources joined by 'and' in a trailing frame",
    "At least 20 people were killed, police and hospital officials said.",
    [claim("police and hospital officials", "said", "At least 20 people were killed")],
  ],
  [
    "'and' between clauses is not a coordinated subject",
    "The talks failed and officials said a new round was unlikely.",
    [claim("officials", "said", "a new round was unlikely")],
  ],
];

const titles: Row[] = [
  [
    "a capitalised office before a name",
    "Chancellor Gordon Brown said the economy was strong.",
    [claim("Chancellor Gordon Brown", "said", "the economy was strong")],
  ],
  ["a party spokesman before a name", "Lib Dem spokesman Mark Oaten said the plans were flawed.", [claim("Mark Oaten", "said", "the plans were flawed")]],
  ["a party leader before a name", "Tory leader Michael Howard said taxes would be cut.", [claim("Michael Howard", "said", "taxes would be cut")]],
  [
    "a lower-case shadow office before a name",
    "Shadow home secretary David Davis said the bill was unworkable.",
    [claim("David Davis", "said", "the bill was unworkable")],
  ],
  [
    "a two-word office and 'told MPs'",
    "Foreign Secretary Jack Straw told MPs that no decision had been made.",
    [claim("Foreign Secretary Jack Straw", "told", "no decision had been made")],
  ],
  [
    "a nationality and office before a name",
    "Ukrainian President Viktor Yushchenko said the vote had been rigged.",
    [claim("Ukrainian President Viktor Yushchenko", "said", "the vote had been rigged")],
  ],
  [
    "a band role before a name",
    "Rolling Stones guitarist Keith Richards said the tour would go ahead.",
    [claim("Keith Richards", "said", "the tour would go ahead")],
  ],
];

const accordingTo: Row[] = [
  ["'according to' first", "According to the police, the man was shot twice.", [claim("the police", "According to", "the man was shot twice")]],
  ["'according to' last", "The man was shot twice, according to police.", [claim("police", "according to", "The man was shot twice")]],
  [
    "'according to' a report by a body",
    "Violent crime rose by 7% last year, according to a report by the Home Office.",
    [claim("Home Office", "according to", "Violent crime rose by 7% last year")],
  ],
  [
    "'according to' figures released on a day",
    "According to figures released on Monday, unemployment fell to 4.7%.",
    [claim("figures released on Monday", "According to", "unemployment fell to 4.7%")],
  ],
  [
    "'according to' an unnamed source",
    "The deal is worth £2bn, according to a source close to the talks.",
    [claim("a source close to the talks", "according to", "The deal is worth £2bn")],
  ],
  [
    "'according to' a source with an appositive closing the sentence",
    "Prices could rise further, according to Mike Hill, chief economist at Acme Bank.",
    [claim("Mike Hill", "according to", "Prices could rise further")],
  ],
  [
    "'according to' a source with a participle in its appositive",
    "The plant will close, according to Ann Lowe, a union official based in Leeds.",
    [claim("Ann Lowe", "according to", "The plant will close")],
  ],
];

const statements: Row[] = [
  ["'said in a statement that'", "The company said in a statement that it would appeal.", [claim("The company", "said", "it would appeal")]],
  ["'In a statement, X said'", "In a statement, the company said it would appeal.", [claim("the company", "said", "it would appeal")]],
  ["a quote 'said in a statement'", `"We will appeal," the company said in a statement.`, [claim("the company", "said", "We will appeal", "direct")]],
  [
    "'a statement from X said'",
    "A statement from the ministry said the talks had been constructive.",
    [claim("the ministry", "said", "the talks had been constructive")],
  ],
  ["'the report said'", "The report said that the service was failing patients.", [claim("The report", "said", "the service was failing patients")]],
  ["'the study found'", "The study found that one in five children was overweight.", [claim("The study", "found", "one in five children was overweight")]],
  [
    "a report published on a day said",
    "A Home Office report published on Monday said crime had fallen.",
    [claim("A Home Office report", "said", "crime had fallen")],
  ],
  [
    "researchers who found something",
    "Researchers at Oxford University found that the drug cut deaths by a third.",
    [claim("Researchers at Oxford University", "found", "the drug cut deaths by a third")],
  ],
  [
    "scientists who showed something",
    "Scientists showed that the virus could spread between pigs.",
    [claim("Scientists", "showed", "the virus could spread between pigs")],
  ],
  [
    "a report whose appositive names its author",
    "The report, by the Institute for Fiscal Studies, said taxes would have to rise.",
    [claim("the Institute for Fiscal Studies", "said", "taxes would have to rise")],
  ],
];

const unnamedSources: Row[] = [
  [
    "a source close to someone",
    "A source close to the prime minister said the reshuffle would be small.",
    [claim("A source close to the prime minister", "said", "the reshuffle would be small")],
  ],
  ["officials said", "Officials said the border would reopen on Monday.", [claim("Officials", "said", "the border would reopen on Monday")]],
  ["analysts said", "Analysts said the deal made sense for both firms.", [claim("Analysts", "said", "the deal made sense for both firms")]],
  ["diplomats in a place say", "Diplomats in Brussels say a deal is close.", [claim("Diplomats in Brussels", "say", "a deal is close")]],
  [
    "a source who asked not to be named",
    "One senior official, who asked not to be named, said the talks had collapsed.",
    [claim("One senior official", "said", "the talks had collapsed")],
  ],
  ["witnesses said", "Witnesses said the gunmen fled in a car.", [claim("Witnesses", "said", "the gunmen fled in a car")]],
  [
    "market dealers in a trailing frame",
    "Oil rose above $50 a barrel, dealers said, as supply fears grew.",
    [claim("dealers", "said", "Oil rose above $50 a barrel")],
  ],
  ["an irregular plural source ('both men')", "Both men said they were innocent.", [claim("Both men", "said", "they were innocent")]],
];

const quotesOverParagraphs: Row[] = [
  [
    "a quote continued over paragraphs (open mark on each, closed at the end)",
    `John Smith, the chairman, said: "We have worked hard this year.\n\n"Our results show that the strategy is working."`,
    [
      claim("John Smith", "said", "We have worked hard this year", "direct"),
      claim("John Smith", "", "Our results show that the strategy is working", "direct"),
    ],
  ],
  [
    "a split quote around the cue",
    `"We are not going to give up," Ms Cole said, "because the people are behind us."`,
    [claim("Ms Cole", "said", "We are not going to give up", "direct"), claim("Ms Cole", "said", "because the people are behind us", "direct")],
  ],
  [
    "a floating quote paragraph after an attributed one (no cue of its own)",
    `"It is a very sad day," said Jane Lee, the head teacher.\n\n"All of us will miss the children."`,
    [claim("Jane Lee", "said", "It is a very sad day", "direct"), claim("Jane Lee", "", "All of us will miss the children", "direct")],
  ],
  [
    "a floating quote paragraph after reported speech",
    `Jane Lee, the head teacher, said the school would close in July.\n\n"It is a very sad day for all of us."`,
    [claim("Jane Lee", "said", "the school would close in July"), claim("Jane Lee", "", "It is a very sad day for all of us", "direct")],
  ],
];

const coreference: Row[] = [
  [
    "'she' skips a man named later",
    `Ann Cole said the plan was sound. Tom Hale said it was too costly.\n\nShe added that the council would vote in June.`,
    [
      claim("Ann Cole", "said", "the plan was sound"),
      claim("Tom Hale", "said", "it was too costly"),
      claim("Ann Cole", "added", "the council would vote in June"),
    ],
  ],
  [
    "'it' for a company in the next paragraph",
    `Acme Ltd said profits had fallen by a third.\n\nIt said 500 jobs would go.`,
    [claim("Acme Ltd", "said", "profits had fallen by a third"), claim("Acme Ltd", "said", "500 jobs would go")],
  ],
  [
    "'they' for a plural source",
    `The two unions said the offer was too low.\n\nThey said strikes would go ahead.`,
    [claim("The two unions", "said", "the offer was too low"), claim("The two unions", "said", "strikes would go ahead")],
  ],
  [
    "'the company' after a company named inside 'Shares in X'",
    `Shares in Brightline Foods fell 8% on Monday.\n\nThe company said sales had been hit by the weather.`,
    [claim("Brightline Foods", "said", "sales had been hit by the weather")],
  ],
  [
    "'the minister' after a titled name",
    `Health Minister Ruth Kelly visited the hospital on Monday.\n\nThe minister said waiting times had fallen.`,
    [claim("Health Minister Ruth Kelly", "said", "waiting times had fallen")],
  ],
  [
    "'the Tory leader' after a title with the name",
    `Tory leader Michael Howard said taxes would be cut.\n\nThe Tory leader added that spending would be frozen.`,
    [claim("Michael Howard", "said", "taxes would be cut"), claim("Michael Howard", "added", "spending would be frozen")],
  ],
  [
    "'he' after a capitalised title with the name",
    `Chancellor Gordon Brown has promised to cut taxes.\n\n"We will deliver," he said.`,
    [claim("Chancellor Gordon Brown", "promised", "cut taxes"), claim("Chancellor Gordon Brown", "said", "We will deliver", "direct")],
  ],
  [
    "'the Frenchman' after a manager named with his club",
    `Arsenal manager Arsene Wenger said his side had been unlucky.\n\n"We deserved more," the Frenchman said.`,
    [claim("Arsene Wenger", "said", "his side had been unlucky"), claim("Arsene Wenger", "said", "We deserved more", "direct")],
  ],
  [
    "'the 27-year-old' after a player named with his role and age",
    `Arsenal striker Thierry Henry, 27, scored twice.\n\n"It was a great night," the 27-year-old said.`,
    [claim("Thierry Henry", "said", "It was a great night", "direct")],
  ],
  [
    "'the Japanese firm' after a company named only as a sentence subject",
    `Sony unveiled a new console on Monday.\n\nThe Japanese firm said it would go on sale in March.`,
    [claim("Sony", "said", "it would go on sale in March")],
  ],
  [
    "'the German carmaker' after a company named before",
    `Volkswagen cut its forecast.\n\n"Demand is weak," the German carmaker said.`,
    [claim("Volkswagen", "said", "Demand is weak", "direct")],
  ],
  [
    "a party named with a lower-case 'party' is its own source",
    "The Labour party said taxes would rise.",
    [claim("The Labour party", "said", "taxes would rise")],
  ],
  [
    "'the supermarket' after 'Profits at X'",
    `Profits at Tesco rose 20% in the year to February.\n\nThe supermarket said it had gained market share.`,
    [claim("Tesco", "said", "it had gained market share")],
  ],
  [
    "'the retailer' in the same sentence as 'Shares in X'",
    "Shares in Harwood & Lyle fell 9% after the retailer warned that Christmas sales had been weak.",
    [claim("Harwood & Lyle", "warned", "Christmas sales had been weak")],
  ],
  [
    "'the Spaniard' after a player named by surname who spoke last",
    `"I served well," Henman said.\n\nMoya, who won in Paris in 1998, admitted he had been below his best.\n\n"Tim played better on the big points," the Spaniard told reporters.`,
    [
      claim("Henman", "said", "I served well", "direct"),
      claim("Moya", "admitted", "he had been below his best"),
      claim("Moya", "told", "Tim played better on the big points", "direct"),
    ],
  ],
];

const parentheses: Row[] = [
  ["a parenthetical photo note inside the subject", "Mr Brown (pictured) said the figures were wrong.", [claim("Mr Brown", "said", "the figures were wrong")]],
  [
    "a whole sentence in parentheses",
    "Sales fell in December. (The company said the weather was to blame.)",
    [claim("The company", "said", "the weather was to blame")],
  ],
  [
    "a parenthesis inside the content stays in it",
    "The bank said profits rose 12% (against 8% a year earlier).",
    [claim("The bank", "said", "profits rose 12% (against 8% a year earlier)")],
  ],
  ["a bracketed party and state after a name", "Sen. Ann Cole (D-Ohio) said the bill was dead.", [claim("Sen. Ann Cole", "said", "the bill was dead")]],
];

const nonClaims: Row[] = [
  ["scare quotes", `The so-called "war on terror" has cost billions.`, []],
  ["a title in quotes", `The band's new album, "Tales of the City", went on sale on Monday.`, []],
  ["'the claim' as a noun", "The claim was rejected by the court in May.", []],
  ["'claims' as a plural noun", "Insurance claims rose by 20% last year.", []],
  ["'said' as an adjective", "The said property was sold in 2003.", []],
  ["'told to leave' means ordered", "The driver was told to leave the country.", []],
  ["'claimed the title' is a win", "He claimed the title in 2003.", []],
  ["'added' jobs is narration", "The firm added 300 jobs last year.", []],
  ["'reported a loss' is narration", "The company reported a loss of £5m.", []],
  ["'denied the charges' is a plea", "The minister denied the charges.", []],
  ["'tells the story' is narration", "The film tells the story of a young boy.", []],
  ["'did not say' is no claim", "The company did not say how many jobs would go.", []],
  ["'was being told to leave' is no attribution", "He was being told to leave.", []],
  ["'asked the court for' is no reported clause", "She asked the court for more time.", []],
  ["researchers finding an object is no claim", "Researchers found a new species of frog.", []],
  ["'asked for' a thing has no listener to report through", "The bank asked for more time to repay the loan.", []],
  ["'is said to be' is no attribution", "The house is said to be worth £2m.", []],
];

const audit: [string, Row[]][] = [
  ["reporting verbs in their tenses", reportingVerbs],
  ["quote and trailing frames", frames],
  ["long subjects", longSubjects],
  ["titles before names", titles],
  ["'according to'", accordingTo],
  ["statements, reports and studies", statements],
  ["unnamed sources", unnamedSources],
  ["quotes over paragraphs, split and floating", quotesOverParagraphs],
  ["pronouns and definite descriptions", coreference],
  ["parentheses", parentheses],
  ["non-claims", nonClaims],
];

/**
 * Rows the extractor does not yet meet, each with the reason. They run with `it.fails`: a row that starts
 * passing fails here, so it is moved out of this list rather than left to claim a gap that is gone.
 */
const knownGaps: ReadonlyMap<string, string> = new Map([
  [
    "'the bank' with no bank named before is not the content's own subject",
    "'the company'/'the bank' falls back to the latest named non-person, and a capitalised common noun opening the content ('Inflation') passes for a name",
  ],
  [
    "a bare-named outlet quoting 'her as saying': the woman named before speaks",
    "the outlet, named bare in the same sentence and not known as an organisation, is the latest source of unknown gender, so 'her' resolves to it",
  ],
  [
    "a band role before a name",
    "a capitalised group name before a lower-case role ('Rolling Stones guitarist') stays in the speaker; the name is inside it, so the scorer's alias still matches",
  ],
]);

describe.each(audit)("English coverage audit: %s", (_group, rows) => {
  for (const [name, text, expected] of rows) {
    const gap = knownGaps.get(name);
    const test = () => expect(englishClaimRows(text)).toEqual(expected);
    if (gap) it.fails(`${name} (known gap: ${gap})`, test);
    else it(name, test);
  }
});

it("every known gap names a row of the audit", () => {
  const names = new Set(audit.flatMap(([, rows]) => rows.map(([name]) => name)));
  expect([...knownGaps.keys()].filter((name) => !names.has(name))).toEqual([]);
});
