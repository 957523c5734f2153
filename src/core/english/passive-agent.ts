import { EN_FINITE_MARKERS, EN_TIME_WORDS } from "../lexicon/en-speaker-words.ts";
import { looksLikeSpeaker, subjectAfter, type SpeakerPhrase } from "./speaker-phrase.ts";
import { breaksBefore, gapBefore, gapHolds, type SentenceView } from "./words.ts";

/** The forms of "be" that make a participle passive ("was told", "is being quoted"). */
export const PASSIVE_BE = new Set(["is", "was", "were", "are", "be", "been", "being"]);
const ADVERBS = new Set(["also", "repeatedly", "already", "since", "previously", "later", "now", "then", "once"]);
const FINITE = new Set(EN_FINITE_MARKERS);
const TIME_WORDS = new Set(EN_TIME_WORDS);
const RELATIVE_PRONOUNS = new Set(["who", "whose", "which", "whom", "that"]);
const PARTICIPLES = new Set(["told"]);
const MAX_ADVERBS = 2;
const MAX_COMPLEMENT_WORDS = 10;
// Opening words that are not the passive clause's subject: "But the claim…", "Last July, the police…".
const CONNECTIVES = new Set(["but", "and", "yet", "however", "meanwhile", "still"]);
const ADVERBIAL_OPENERS = new Set(["in", "on", "at", "last", "earlier", "later", "after", "before", "during", "since", "this", "by", "over", "for"]);
const MAX_ADVERBIAL_WORDS = 6;

/**
 * Index of the "by" that names the agent of a passive cue ("The claim was [strongly] denied by the
 * ministry", `was described as "outrageous" by X`): the cue is a participle after a form of "be"
 * (an adverb or two between), and "by" follows within a short complement with no clause punctuation
 * outside quotation marks. Undefined when the cue is not such a passive.
 */
export function agentBy(view: SentenceView, cueFirst: number, cueLast: number): number | undefined {
  const words = view.tokens;
  const cue = words[cueFirst]!;
  if (!cue.key.endsWith("ed") && !PARTICIPLES.has(cue.key)) return undefined;
  let aux = cueFirst - 1;
  while (aux >= 0 && cueFirst - aux <= MAX_ADVERBS && (ADVERBS.has(words[aux]!.key) || words[aux]!.key.endsWith("ly")) && words[aux]!.quote < 0) aux--;
  if (aux < 0 || !PASSIVE_BE.has(words[aux]!.key) || words[aux]!.quote >= 0) return undefined;
  for (let k = cueLast + 1; k < words.length && k - cueLast <= MAX_COMPLEMENT_WORDS; k++) {
    if (/[,;:()—–]/.test(gapBefore(view, k).replace(/["“”'‘’]/g, ""))) return undefined;
    const w = words[k]!;
    if (w.quote >= 0) continue;
    if (w.key === "by") return k + 1 < words.length ? k : undefined;
    if (FINITE.has(w.key) || w.key === "that") return undefined;
  }
  return undefined;
}

/**
 * The agent after "by" when it names a source ("by the ministry", "by Muslim groups"), not a time
 * or a number ("by Friday", "by 2030"). A relative clause after it ("by Lee, who …") is not its description.
 */
export function agentPhrase(view: SentenceView, by: number): SpeakerPhrase | undefined {
  const words = view.tokens;
  const next = words[by + 1];
  if (!next || TIME_WORDS.has(next.key) || /^\d/.test(next.raw)) return undefined;
  const agent = subjectAfter(view, by, words.length) ?? plainAgent(view, by + 1);
  if (!agent) return undefined;
  // "by the Financial Times last week": a time phrase closes the agent.
  let last = agent.first;
  while (last < agent.last && !TIME_WORDS.has(words[last + 1]!.key) && !TIME_MODIFIERS.has(words[last + 1]!.key)) last++;
  if (last < agent.last) return { first: agent.first, last };
  const described = agent.descriptor && !RELATIVE_PRONOUNS.has(words[agent.descriptor.first]!.key);
  return described ? agent : { first: agent.first, last: agent.last };
}

const POSSESSIVES = new Set(["his", "her", "their", "its"]);
const TIME_MODIFIERS = new Set(["last", "this", "next", "earlier", "later"]);

const MAX_PLAIN_AGENT = 4;
const PLAIN_AGENT_STOPS = new Set(["in", "on", "at", "after", "before", "during", "who", "which", "that", "as", "and", "for", "over", "to", "with"]);

/**
 * "by his family", "by local families": a lower-case phrase the inverted-subject reader does not take
 * (it wants a name or a determiner first), when it opens with a possessive or holds a source noun.
 */
function plainAgent(view: SentenceView, first: number): SpeakerPhrase | undefined {
  const words = view.tokens;
  let last = first;
  while (
    last + 1 < words.length &&
    last + 1 - first < MAX_PLAIN_AGENT &&
    words[last + 1]!.quote < 0 &&
    !breaksBefore(view, last + 1) &&
    !PLAIN_AGENT_STOPS.has(words[last + 1]!.key)
  )
    last++;
  if (POSSESSIVES.has(words[first]!.key)) return last > first ? { first, last } : undefined;
  return looksLikeSpeaker(view, first, last) ? { first, last } : undefined;
}

/** Where the passive clause's subject starts: past an opening connective or a short adverbial and its comma. */
export function passiveClauseStart(view: SentenceView, before: number): number {
  const words = view.tokens;
  let i = 0;
  while (i < before && CONNECTIVES.has(words[i]!.key)) i++;
  if (i < before && ADVERBIAL_OPENERS.has(words[i]!.key)) {
    for (let k = i + 1; k < before && k - i <= MAX_ADVERBIAL_WORDS; k++) if (gapHolds(view, k, ",")) return k;
  }
  return i;
}
