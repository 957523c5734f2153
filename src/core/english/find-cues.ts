import { closesTrailingSingular, reportsReadsAsVerb } from "./reports-as-verb.ts";
import { EN_CUE_BLOCKERS, EN_DETERMINERS, EN_INFINITIVE_BLOCKERS, EN_IRREGULAR_PAST } from "../lexicon/en-speaker-words.ts";
import { EN_REPORTING_VERBS } from "../lexicon/en-reporting-verbs.ts";
import { agentBy } from "./passive-agent.ts";
import { restrictiveWho } from "./speaker-phrase.ts";
import { breaksBefore, gapHolds, type SentenceView } from "./words.ts";

/** A reporting cue in a sentence: words [first, last] (indices into view.tokens), outside any quote. */
export interface Cue {
  first: number;
  last: number;
  lemma: string;
  /** The verb takes a reported clause without "that" ("said the talks would resume"). */
  thatless: boolean;
  /** A participle continuing the previous speaker's turn ("…, adding that"). */
  participle: boolean;
  /** Words linking an object to the content ("urged residents to …", "accused X of …"); empty when the verb takes none. */
  objectLinks: readonly string[];
  /** Index of the "by" naming the agent of a passive cue ("was denied by the ministry"); undefined when active. */
  agentBy?: number;
  /** A cue only when its subject is a study, report or published figures ("The survey found that …"). */
  documentOnly: boolean;
  /** The content may be an infinitive right after the verb ("pledged to cut taxes"). */
  infinitive: boolean;
  /** The content may be a noun phrase right after the verb ("called for an inquiry"). */
  nounObject: boolean;
  /** An infinitive cue ("went on to say", "revised his account to say"): index of the verb whose subject speaks. */
  governor?: number;
}

interface CueForm {
  words: string[];
  lemma: string;
  thatless: boolean;
  objectLinks: readonly string[];
  agent: boolean;
  document: boolean;
  infinitive: boolean;
  nounObject: boolean;
}

const FORMS: ReadonlyMap<string, CueForm[]> = indexForms();
const BLOCKERS = new Set(EN_CUE_BLOCKERS);
const DETERMINERS = new Set(EN_DETERMINERS);
const IRREGULAR_PAST = new Set(EN_IRREGULAR_PAST);
// Forms that are also nouns: the verb reading needs a subject, not a determiner or a noun modifier before them.
const NOUN_FORMS =
  /^(demands?|claims?|estimates?|disputes?|recalls?|stress|notes?|reports?|warnings?|charges?|posts?|comments?|promises?|vows?|pledges?|denials?)$/;
const NOUN_FOLLOWERS = new Set([
  "were",
  "are",
  "was",
  "is",
  "have",
  "had",
  "has",
  "of",
  "against",
  "for",
  "by",
  "from",
  "on",
  "in",
  "over",
  "and",
  "or",
  "would",
  "will",
  "could",
]);
const ADJECTIVE_PREPOSITIONS = new Set(["with", "of", "for", "without", "at", "by", "from", "into", "under", "over", "among"]);
const PRONOUN_SUBJECTS = new Set(["i", "we", "you", "they", "he", "she", "it", "who", "which", "that"]);
const BE = new Set(["is", "was", "were", "are", "be", "been", "being", "'s"]);
// Base and -s forms that double as nouns ("the claims", "a warning") or plural-agreeing verbs.
const NOUN_LIKE =
  /^(claims?|estimates?|disputes?|recalls?|stress|states|notes?|reports?|warnings?|charges?|posts?|says|comments?|tells|accused|promises?|vows?|pledges?|denials?)$/;

function indexForms(): Map<string, CueForm[]> {
  const map = new Map<string, CueForm[]>();
  for (const verb of EN_REPORTING_VERBS) {
    for (const form of verb.forms) {
      const words = form.split(" ");
      const list = map.get(words[0]!) ?? [];
      list.push({
        words,
        lemma: verb.lemma,
        thatless: verb.thatless,
        objectLinks: verb.objectLinks,
        agent: verb.agent,
        document: verb.document,
        infinitive: verb.infinitive,
        nounObject: verb.nounObject,
      });
      map.set(words[0]!, list);
    }
  }
  // The longest form first, wherever its verb's line stands: "described how" before "described", "calling on" before "calling".
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

/** The word can open a reporting cue ("say", "says", "argued"): a verb, whatever its sense in the sentence. */
export function isCueWord(key: string): boolean {
  return FORMS.has(key);
}

/** The reporting cues of a sentence, left to right, outside quotes and in a speech sense. */
export function findCues(view: SentenceView): Cue[] {
  const cues: Cue[] = [];
  const { tokens: words } = view;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.quote >= 0) continue;
    const forms = FORMS.get(words[i]!.key);
    if (forms === undefined) continue;
    const form = matchingForm(forms, words, i);
    if (!form) continue;
    const last = i + form.words.length - 1;
    const agent = form.agent && !words[i]!.cap ? agentBy(view, i, last) : undefined;
    const governor = words[i - 1]?.key === "to" && words[i - 1]!.quote < 0 ? infinitiveGovernor(view, i - 1) : undefined;
    if (agent === undefined && governor === undefined && !isSpeechSense(view, i, form)) continue;
    // "…, adding that" continues a turn; "is saying" is a finite verb of its own subject.
    const participle = words[i]!.key.endsWith("ing") && !isProgressive(view, i);
    cues.push({
      first: i,
      last,
      lemma: form.lemma,
      thatless: form.thatless,
      participle,
      objectLinks: form.objectLinks,
      agentBy: agent,
      documentOnly: form.document,
      infinitive: form.infinitive,
      nounObject: form.nounObject,
      governor,
    });
    i = last;
  }
  return cues;
}

/** The first form whose words all follow from word i, outside quotes (loops, not closures: this runs on every word). */
function matchingForm(forms: readonly CueForm[], words: SentenceView["tokens"], i: number): CueForm | undefined {
  for (const form of forms) {
    let k = 0;
    while (k < form.words.length && words[i + k]?.key === form.words[k] && words[i + k]!.quote < 0) k++;
    if (k === form.words.length) return form;
  }
  return undefined;
}

function isSpeechSense(view: SentenceView, i: number, form: CueForm): boolean {
  const words = view.tokens;
  // A quoted word is not part of the frame: in `"…the coach is not," said X` the "not" is the speaker's.
  const prev = words[i - 1] && words[i - 1]!.quote < 0 ? words[i - 1]!.key : undefined;
  const next = words[i + form.words.length]?.key;
  // "The WHO said", "the IT department": an acronym is a name, not the word it spells.
  if (prev === undefined || isAcronym(words[i - 1]!.raw)) return true;
  // "the United States", "Says Who": a capitalised form inside a sentence is a name.
  if (words[i]!.cap) return false;
  if (startsThatSaid(view, i)) return false;
  if (words[i]!.key === "reports" && closesTrailingSingular(view, i)) return true; // "…, a new study reports."
  if (words[i]!.key === "reports" && !reportsReadsAsVerb(view, i)) return false;
  // "Lee, who said …" is a relative clause with a speaker (speaker-phrase relativeSubject); "Who said so?" is not.
  const relative = (prev === "who" || prev === "which") && (gapHolds(view, i - 1, ",") || restrictiveWho(view, i - 1));
  if ((BLOCKERS.has(prev) && !relative) || prev.endsWith("n't")) return false;
  // "the claims", "her warning" — but not across a comma: "disagreed with her, arguing that".
  const determined = DETERMINERS.has(prev) && !breaksBefore(view, i);
  // "the promised money", "its stated aim": a participle after a determiner is an adjective.
  if (determined && (NOUN_LIKE.test(words[i]!.key) || /(ing|ed)$/.test(words[i]!.key))) return false;
  // "Bellamy's claim that…", "a $27.5bn tax claim", "the tax claims": a noun after a possessive, or after a noun that follows a determiner or number.
  if (NOUN_FORMS.test(words[i]!.key) && !breaksBefore(view, i) && (prev.endsWith("'s") || (isNounModifier(view, i - 1) && readsAsNoun(view, i)))) return false;
  if (prev === "having" || prev === "so-called") return false;
  // "stopped short of saying", "without saying", "refrained from saying": what was not said.
  if (words[i]!.key.endsWith("ing") && deniesSaying(view, i)) return false;
  if (words[i]!.key.endsWith("ing") && words[i - 1]!.cap && insideOpeningName(view, i)) return false;
  // "…, adding to fears of a recession", "the delay added to costs": "add to" is to increase, not to say more.
  if (form.lemma === "add" && next === "to") return false;
  // "loans, promises of new roads, and pledges to cut fees": the last item of a list of nouns.
  if ((prev === "and" || prev === "or") && words[i]!.key.endsWith("s") && NOUN_LIKE.test(words[i]!.key) && closesNounList(view, i - 1)) return false;
  // "with added costs", "for stated reasons": a participle right after a preposition is an adjective.
  if (words[i]!.key.endsWith("ed") && ADJECTIVE_PREPOSITIONS.has(prev)) return false;
  // Passives ("was told to leave", "is said to be") are not attributions, except "was quoted as saying".
  // "We're told that …", "they're said to be …": a contracted "are"/"am" is a passive's auxiliary too.
  // "is saying", "were warning": a progressive (an -ing form after "be") is active and still reports.
  if ((BE.has(prev) || /['’](re|m)$/.test(prev)) && form.lemma !== "quote" && !(words[i]!.key.endsWith("ing") && isProgressive(view, i))) return false;
  if (next === "to" && /^(said|says|say|told|tells)$/.test(words[i]!.key) && BE.has(prev)) return false;
  return true;
}

const MAX_OPENING_NAME = 5;

/**
 * "One Napa County reporting station has …", "A Bay Area warning system …": an -ing word right after the
 * capitalised words that open the sentence, with no punctuation between, modifies the noun after it inside
 * the subject; a participle of speech after a name is set off by a comma ("Lee, saying …") or opens its
 * words with "that", a quotation or a colon.
 */
function insideOpeningName(view: SentenceView, i: number): boolean {
  if (i > MAX_OPENING_NAME) return false;
  for (let k = 0; k < i; k++) if (!view.tokens[k]!.cap || view.tokens[k]!.quote >= 0 || (k > 0 && breaksBefore(view, k))) return false;
  // "Senator Jane Smith warning that …", "… warning: …": a caption's participle still reports.
  const next = view.tokens[i + 1];
  return !breaksBefore(view, i) && next !== undefined && next.quote < 0 && next.key !== "that" && !breaksBefore(view, i + 1);
}

const NOT_SAYING = new Set(["without", "from"]);
const NOT_SAYING_BEFORE_OF = new Set(["short", "instead"]);

/** "without saying", "refrained from saying", "stopped short of saying", "instead of warning": words before an -ing cue that deny it. */
function deniesSaying(view: SentenceView, i: number): boolean {
  const prev = view.tokens[i - 1]!;
  if (prev.quote >= 0) return false;
  if (NOT_SAYING.has(prev.key)) return true;
  return prev.key === "of" && NOT_SAYING_BEFORE_OF.has(view.tokens[i - 2]?.key ?? "");
}

const MAX_LIST_ITEM = 10;

/** The conjunction at `and` closes a comma list whose item before it has no verb ("…, promises of new roads, and"). */
function closesNounList(view: SentenceView, and: number): boolean {
  const words = view.tokens;
  if (!gapHolds(view, and, ",")) return false;
  for (let k = and - 1; k >= 0 && and - k <= MAX_LIST_ITEM; k--) {
    const w = words[k]!;
    // "of improved access": a participle after a preposition or determiner is an adjective.
    const adjective = k > 0 && (ADJECTIVE_PREPOSITIONS.has(words[k - 1]!.key) || DETERMINERS.has(words[k - 1]!.key));
    const past = IRREGULAR_PAST.has(w.key) || (w.key.endsWith("ed") && w.key.length > 4 && !adjective);
    if (w.quote >= 0 || PRONOUN_SUBJECTS.has(w.key) || BE.has(w.key) || past) return false;
    if (gapHolds(view, k, ",")) return k > 0;
  }
  return false;
}

const MAX_GOVERNOR_DISTANCE = 10;
const INFINITIVE_BLOCKERS = new Set(EN_INFINITIVE_BLOCKERS);

/**
 * The past-tense verb an infinitive cue completes: "went on to say …", "shifted his account of the meeting
 * to say …" (the subject of that verb speaks). Not after a verb of refusal, intent or expectation ("declined
 * to say", "wanted to say", "is expected to say"), a passive or a modal, a cue ("urged him to say") or a break.
 */
function infinitiveGovernor(view: SentenceView, to: number): number | undefined {
  const words = view.tokens;
  for (let k = to - 1; k >= 0 && to - k <= MAX_GOVERNOR_DISTANCE; k--) {
    const w = words[k]!;
    if (w.quote >= 0 || breaksBefore(view, k + 1) || INFINITIVE_BLOCKERS.has(w.key)) return undefined;
    if (w.cap || !(IRREGULAR_PAST.has(w.key) || (w.key.endsWith("ed") && w.key.length > 4))) continue;
    const before = words[k - 1]?.key ?? "";
    if (FORMS.has(w.key) || BE.has(before) || before === "not" || before.endsWith("n't") || DETERMINERS.has(before)) return undefined;
    return k;
  }
  return undefined;
}

const PROGRESSIVE_BE = new Set(["is", "are", "was", "were"]);

/**
 * "is saying", "were warning", "they're calling": an -ing cue after a finite "be" (outside quotes). Not after
 * "been" ("The minister had been saying …, the spokesman said" reports a stance inside someone else's words).
 */
function isProgressive(view: SentenceView, i: number): boolean {
  const prev = view.tokens[i - 1];
  if (prev !== undefined && prev.quote < 0 && prev.key === "been") return perfectProgressive(view, i - 1);
  return prev !== undefined && prev.quote < 0 && (PROGRESSIVE_BE.has(prev.key) || /['’](re|m)$/.test(prev.key));
}

const PRESENT_PERFECT = new Set(["has", "have", "'ve"]);

/**
 * "has been arguing for months that …", "have long been warning": a present perfect progressive reports the
 * subject's stance up to now (`en.verb.perfect-progressive`); "had been saying" stays a participle, the
 * background of someone else's account.
 */
function perfectProgressive(view: SentenceView, been: number): boolean {
  let k = been - 1;
  while (k >= 0 && view.tokens[k]!.key.endsWith("ly") && been - k <= 2) k--;
  const aux = view.tokens[k];
  return aux !== undefined && aux.quote < 0 && (PRESENT_PERFECT.has(aux.key) || /['’]ve$/.test(aux.key) || aux.key === "long");
}

/** After "the tax", a singular form is a noun ("the tax claim"); a plural one only before a verb or preposition ("the tax claims were", not "the company claims that"). */
function readsAsNoun(view: SentenceView, i: number): boolean {
  const key = view.tokens[i]!.key;
  if (!key.endsWith("s")) return true;
  const next = view.tokens[i + 1]?.key;
  return next === undefined || NOUN_FOLLOWERS.has(next);
}

/** Word k is a lower-case noun inside a noun phrase: a determiner, number or possessive stands before it ("a $5bn tax", "the tax"). */
function isNounModifier(view: SentenceView, k: number): boolean {
  const words = view.tokens;
  const w = words[k];
  const before = words[k - 1];
  if (!w || !before || w.cap || PRONOUN_SUBJECTS.has(w.key) || breaksBefore(view, k)) return false;
  return DETERMINERS.has(before.key) || /^\d/.test(before.raw) || before.key.endsWith("'s");
}

function isAcronym(raw: string): boolean {
  return raw.length > 1 && /^[A-Z]+$/.test(raw);
}

/** "That said, …" opens a sentence with a concessive, not a quote. */
function startsThatSaid(view: SentenceView, i: number): boolean {
  const words = view.tokens;
  return i === 1 && words[0]!.key === "that" && words[i]!.key === "said" && /^\s*,/.test(view.text.slice(words[i]!.end, words[i]!.end + 2));
}
