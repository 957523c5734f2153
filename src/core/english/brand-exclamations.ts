import { EN_BRAND_CONTINUATIONS, EN_BRAND_EXCLAMATIONS } from "../lexicon/en-brand-exclamations.ts";
import type { Sentence } from "../text/sentences.ts";

const BRANDS = new Set(EN_BRAND_EXCLAMATIONS);
const CONTINUATIONS = new Set(EN_BRAND_CONTINUATIONS);

/**
 * Joins the sentences the shared splitter cut after a name spelt with "!" (`en.brand.exclamation`):
 * "according to a report by E! News." arrives as "…by E!" and "News.", which left "E" as a source.
 * The "!" is inside the name when the word before it is a listed brand ("Yahoo!") or a lone capital
 * letter ("E!"), and the next word continues the name ("News", "Online") or the sentence (lower case:
 * "Jeopardy! host Ken Jennings said"). "He shouted: Stop! Then he left." keeps its stop.
 * Returns the input array when nothing joins.
 */
export function joinBrandExclamations(text: string, sentences: readonly Sentence[]): readonly Sentence[] {
  let out: Sentence[] | undefined;
  sentences.forEach((sentence, s) => {
    const previous = out ? out[out.length - 1] : sentences[s - 1];
    if (previous && endsInBrand(text, previous) && continuesName(text, sentence)) {
      out ??= sentences.slice(0, s);
      out[out.length - 1] = { start: previous.start, end: sentence.end };
      return;
    }
    out?.push(sentence);
  });
  return out ?? sentences;
}

function endsInBrand(text: string, sentence: Sentence): boolean {
  const mark = sentence.end - 1;
  if (text.charCodeAt(mark) !== 0x21) return false;
  let from = mark;
  while (from > sentence.start && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  const word = text.slice(from, mark);
  if (word.length === 0 || (from > sentence.start && !/\s/.test(text[from - 1]!))) return false;
  return (word.length === 1 && word !== "I" && /[A-Z]/.test(word)) || BRANDS.has(word.toLowerCase());
}

function continuesName(text: string, sentence: Sentence): boolean {
  let end = sentence.start;
  while (end < sentence.end && isAsciiLetter(text.charCodeAt(end))) end++;
  const word = text.slice(sentence.start, end);
  if (word.length === 0) return false;
  return CONTINUATIONS.has(word.toLowerCase()) || /^[a-z]/.test(word);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
