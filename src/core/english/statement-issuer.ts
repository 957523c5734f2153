import { EN_DOCUMENT_ISSUING_VERBS, EN_DOCUMENT_NOUNS } from "../lexicon/en-speaker-words.ts";
import { isVerbLike, opensPredicate, subjectBefore, type SpeakerPhrase } from "./speaker-phrase.ts";
import { breaksBefore, type SentenceView } from "./words.ts";

const DOCUMENTS = new Set(EN_DOCUMENT_NOUNS);
const ISSUING_VERBS = new Set(EN_DOCUMENT_ISSUING_VERBS);
const ARTICLES = new Set(["a", "an"]);
const MAX_DOCUMENT_MODIFIERS = 2;
const MAX_PREDICATE_WORDS = 8;

/** A document a sentence mentions and the phrase naming who issued it. */
export interface IssuedDocument {
  issuer: SpeakerPhrase;
  /** The document noun's key ("statement", "letter"). */
  noun: string;
}

/**
 * The issuer of a document a sentence mentions without quoting it (`en.statement.issuer`): "Acme
 * Records issued a statement that …", "The company denied the allegations in a statement shared to its
 * website", "The council sent a letter to residents." A later "the statement said", "the letter read" is
 * that issuer's. Undefined when the sentence names no document after an issuing verb or "in", or no subject.
 */
export function issuedDocument(view: SentenceView): IssuedDocument | undefined {
  const words = view.tokens;
  for (let d = 2; d < words.length; d++) {
    if (!DOCUMENTS.has(words[d]!.key) || words[d]!.quote >= 0) continue;
    let a = d - 1;
    while (a > 0 && d - a <= MAX_DOCUMENT_MODIFIERS && !ARTICLES.has(words[a]!.key)) a--;
    if (!ARTICLES.has(words[a]!.key) || a < 1) continue;
    const before = words[a - 1]!.key;
    const verb = ISSUING_VERBS.has(before) ? (before === "out" ? a - 2 : a - 1) : before === "in" ? predicateVerb(view, a - 1) : undefined;
    if (verb === undefined || verb < 1) continue;
    const subject = subjectBefore(view, verb, 0);
    if (subject && !opensPredicate(view, subject.first)) return { issuer: subject, noun: words[d]!.key };
  }
  return undefined;
}

/** The verb of the clause that "in" closes ("denied the allegations in"): the nearest lower-case verb before it. */
function predicateVerb(view: SentenceView, inWord: number): number | undefined {
  for (let k = inWord - 1; k > 0 && inWord - k <= MAX_PREDICATE_WORDS; k--) {
    if (breaksBefore(view, k + 1)) return undefined;
    const w = view.tokens[k]!;
    if (!w.cap && w.quote < 0 && isVerbLike(w.key)) return k;
  }
  return undefined;
}
