import { parseLexicon } from "./parse-lexicon.ts";
import { EN_REPORTING_VERBS_LEXICON } from "./en-reporting-verbs.lexicon.ts";

/** An English reporting verb read from en-reporting-verbs.lexicon.ts (see the flags described there). */
export interface ReportingVerb {
  lemma: string;
  forms: readonly string[];
  thatless: boolean;
  /** Words linking an object to the content ("urged X to", "described X as", `branded X "…"`); empty when none. */
  objectLinks: readonly string[];
  /** The passive with a "by" agent attributes too ("was denied by the ministry"). */
  agent: boolean;
  /** A cue only when its subject is a study, report or published figures ("The survey found that …"). */
  document: boolean;
  /** The content may be an infinitive right after the verb ("pledged to cut taxes"). */
  infinitive: boolean;
  /** The content may be a noun phrase right after the verb ("called for an inquiry"). */
  nounObject: boolean;
}

function toVerb(row: readonly string[]): ReportingVerb {
  const [lemma = "", forms = "", flags = ""] = row;
  const flagList = flags.split(/\s+(?=\S+=|thatless|agent|document|to$|to\s|object)/).filter(Boolean);
  const link = flagList.find((f) => f.startsWith("link="));
  return {
    lemma,
    forms: forms
      .split(",")
      .map((f) => f.trim())
      .filter(Boolean),
    thatless: flagList.includes("thatless"),
    objectLinks: link ? link.slice("link=".length).split(/\s+/) : [],
    agent: flagList.includes("agent"),
    document: flagList.includes("document"),
    infinitive: flagList.includes("to"),
    nounObject: flagList.includes("object"),
  };
}

export const EN_REPORTING_VERBS: readonly ReportingVerb[] = parseLexicon(EN_REPORTING_VERBS_LEXICON).map(toVerb);
