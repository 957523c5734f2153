import { EN_FINITE_MARKERS } from "../lexicon/en-speaker-words.ts";
import { gapHolds, type SentenceView } from "./words.ts";

const FINITE = new Set(EN_FINITE_MARKERS);

/**
 * "reports" is a verb (`en.verb.reports`) only where a noun cannot stand: inverted after a comma ("…,
 * reports Reuters"), or right after a name ("Reuters reports that …", "As Ana Ruiz reports for the Ledger")
 * when "that" does not open a relative clause ("Police reports that were released …"). "publishes monthly
 * reports that track prices" and "writes reports" are nouns. Word i is "reports".
 */
export function reportsReadsAsVerb(view: SentenceView, i: number): boolean {
  const words = view.tokens;
  if (gapHolds(view, i, ",")) return true;
  const prev = words[i - 1];
  if (!prev?.cap) return false;
  if (words[i + 1]?.key !== "that") return true;
  const after = words[i + 2]?.key ?? "";
  return !FINITE.has(after) && !/ed$/.test(after);
}
