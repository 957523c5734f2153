import { EN_ACCUSING_VERBS, EN_ALLEGATION_NOUNS, EN_DENYING_VERBS } from "../lexicon/en-speaker-words.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";
import { breaksBefore, type SentenceView, type Word } from "./words.ts";

// "accused Lee, Ortiz and Acme Records of …", "blamed the club for …", "sued Acme over …".
const ACCUSING = new Set(EN_ACCUSING_VERBS);
const ACCUSATION_ENDS = new Set(["of", "for", "over", "in", "after", "with"]);
const NAME_JOINERS = new Set(["and", "the"]);
const DENYING = new Set(EN_DENYING_VERBS);
const ALLEGATIONS = new Set(EN_ALLEGATION_NOUNS);
const MAX_ACCUSED_WORDS = 12;
const MAX_DENIAL_GAP = 3;

/**
 * The names an accusation is made against (`en.description.accused-denies`): in "Kim accused Lee,
 * Ortiz and Acme Records of …" the words of Lee, Ortiz and Acme Records. Undefined when
 * the sentence accuses no one by name.
 */
export function accusedNames(view: SentenceView): Word[][] | undefined {
  const words = view.tokens;
  for (let i = 0; i < words.length - 1; i++) {
    if (!ACCUSING.has(words[i]!.key) || words[i]!.quote >= 0) continue;
    const names: Word[][] = [];
    let run: Word[] = [];
    for (let k = i + 1; k < words.length && k - i <= MAX_ACCUSED_WORDS; k++) {
      const w = words[k]!;
      if (ACCUSATION_ENDS.has(w.key) || w.quote >= 0) break;
      if (breaksBefore(view, k) && run.length > 0) {
        names.push(run);
        run = [];
      }
      if (w.cap) run.push(w);
      else if (NAME_JOINERS.has(w.key)) {
        if (run.length > 0) names.push(run);
        run = [];
      } else break;
    }
    if (run.length > 0) names.push(run);
    if (names.length > 0) return names;
  }
  return undefined;
}

/**
 * "The company flat-out denied the allegations": the subject phrase is followed, within a few words, by a
 * denial of an accusation. Such a description means one of the accused, not merely the latest company.
 */
export function deniesAllegations(view: SentenceView, subject: SpeakerPhrase): boolean {
  const words = view.tokens;
  for (let k = subject.last + 1; k < words.length && k - subject.last <= MAX_DENIAL_GAP; k++) {
    if (!DENYING.has(words[k]!.key)) continue;
    const object = words[k + 1]?.key === "the" || words[k + 1]?.key === "these" || words[k + 1]?.key === "all" ? k + 2 : k + 1;
    return ALLEGATIONS.has(words[object]?.key ?? "");
  }
  return false;
}
