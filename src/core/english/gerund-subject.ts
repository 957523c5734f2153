import { EN_FIRST_NAMES } from "../lexicon/en-speaker-words.ts";
import type { Word } from "./words.ts";

const FIRST_NAMES = new Set(Object.keys(EN_FIRST_NAMES));
const MIN_GERUND_LENGTH = 6;

/**
 * "Hosting Cook at Dreamforce is our dream": a capitalised word in -ing opening the sentence before a name is
 * a gerund with its object, not the first word of a name (given names in -ing, "Irving", are known as such).
 */
export function opensWithGerund(words: readonly Word[], first: number): boolean {
  const w = words[first];
  if (first !== 0 || !w || !w.cap || w.key.length < MIN_GERUND_LENGTH || !w.key.endsWith("ing")) return false;
  return !FIRST_NAMES.has(w.key) && words[first + 1]?.cap === true;
}
