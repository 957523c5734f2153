import { AR_REPORTING_VERBS_LEXICON } from "./ar-reporting-verbs.lexicon.ts";
import { parseLexicon } from "./parse-lexicon.ts";

/** One reporting verb: its forms (cells as in the lexicon file) and how it takes its content. */
export interface ArabicVerbRow {
  gloss: string;
  /** "he | she | they" forms, several a cell separated by spaces. */
  past: string;
  present: string;
  participle?: string;
  np?: boolean;
  preps?: readonly string[];
  /** Takes a person object (a word or an object suffix: "اعتبره", "دعاها"). */
  obj?: boolean;
  ambiguous?: boolean;
  /** The bare form is mostly a preposition (بين، عبر): no verb reading after a fronted phrase or in "بين X وبين Y". */
  particle?: boolean;
  /** A verb of belief (اعتقد، رأى): in the present inside a relative clause it describes, not reports. */
  belief?: boolean;
  /** An agentless form ("قيل", "أفيد"): nobody is named and nobody is carried over. */
  passive?: boolean;
  /** A verb of opinion or expectation: negated ("لم يستبعد أن") it still states a view. */
  stance?: boolean;
  /** The plain verb of saying (قال): its participle (قائلا، بالقول) only ever introduces words. */
  saying?: boolean;
  /** Takes an object and what it is deemed ("اعتبر ذلك انتهاكا", "اعتبرته خطوة"): both are the content. */
  deem?: boolean;
}

/** The words a verb's "takes" cell may hold besides +PREP, each a true field of its row. */
const FLAGS = ["np", "obj", "ambiguous", "particle", "belief", "passive", "stance", "saying", "deem"] as const satisfies readonly (keyof ArabicVerbRow)[];

/** Reads the verb lexicon (see ar-reporting-verbs.lexicon.ts for its format); a word in "takes" that is no flag is an error, not ignored. */
export function parseVerbRows(source: string): ArabicVerbRow[] {
  return parseLexicon(source).map(([gloss = "", past = "", present = "", participle = "-", takes = ""]) => {
    const words = takes.split(/\s+/).filter(Boolean);
    const preps = words.filter((w) => w.startsWith("+")).map((w) => w.slice(1));
    const unknown = words.find((w) => !w.startsWith("+") && !(FLAGS as readonly string[]).includes(w));
    if (unknown) throw new Error(`verb lexicon flag "${unknown}" for "${gloss}" is not one of: ${FLAGS.join(", ")}, +PREP`);
    return {
      gloss,
      past: past.replaceAll("/", "|"),
      present: present.replaceAll("/", "|"),
      ...(participle !== "-" && participle ? { participle } : {}),
      ...(preps.length > 0 ? { preps } : {}),
      ...Object.fromEntries(FLAGS.filter((flag) => words.includes(flag)).map((flag) => [flag, true])),
    };
  });
}

export const AR_REPORTING_VERBS: readonly ArabicVerbRow[] = parseVerbRows(AR_REPORTING_VERBS_LEXICON);

/** Nouns of speech after which a pronoun-suffixed "قوله إن" reports words: نقلت الوكالة عن مسؤول قوله إن… */
export const AR_QUOTED_SAYING: readonly string[] = ["قوله", "قولها", "قولهم", "قولهما"];
