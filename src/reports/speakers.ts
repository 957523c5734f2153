import type { SpeakerAliases } from "../schemas/settings.ts";
import type { VerdictId } from "../schemas/verdict-ids.ts";
import type { CatalogueClaim } from "./claim-catalogue.ts";

/**
 * Speakers across articles. A speaker is a matching key (the catalogue's `speakerKey`: the name's
 * words folded as the extractor folds them), so "وزير الخارجية الأمريكي" and "وزير الخارجيـة
 * الامريكي" are one speaker. An editor can merge further spellings: the desk's aliases map a
 * spelling's key to the key it was merged into (kept flat: an alias never points at an alias).
 * Claims are never rewritten: the aliases are applied when claims are read.
 */

/** The key a speaker's claims are listed under: its alias target, or itself. */
export function canonicalSpeaker(aliases: SpeakerAliases, key: string): string {
  return Object.hasOwn(aliases, key) ? aliases[key]! : key;
}

/** Each canonical key with the keys merged into it. */
export function mergedSpellings(aliases: SpeakerAliases): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [alias, target] of Object.entries(aliases)) groups.set(target, [...(groups.get(target) ?? []), alias]);
  for (const keys of groups.values()) keys.sort();
  return groups;
}

/** One speaker as the speakers page lists it. */
export interface SpeakerSummary {
  /** The canonical key (the page's address). */
  key: string;
  /** The name as written most often, to show. */
  name: string;
  /** Every spelling seen, as written, most frequent first, with its number of claims. */
  spellings: { text: string; claims: number }[];
  /** Spellings merged into this speaker by an editor: the key, and the name as a claim writes it (the key when no claim has it now). */
  merged: { key: string; name: string }[];
  claims: number;
  articles: number;
  verdicts: Partial<Record<VerdictId | "none", number>>;
}

/** Claims that count: those with a named speaker, not dismissed. */
function counted(entry: CatalogueClaim): boolean {
  return entry.speakerKey !== "" && !entry.claim.dismissed;
}

/**
 * Every speaker with a claim, most claims first (then by key): spellings, claim, article and
 * verdict counts, and the spellings merged into it.
 */
export function speakerIndex(entries: readonly CatalogueClaim[], aliases: SpeakerAliases): SpeakerSummary[] {
  const byKey = new Map<string, CatalogueClaim[]>();
  for (const entry of entries) {
    if (!counted(entry)) continue;
    const key = canonicalSpeaker(aliases, entry.speakerKey);
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  const merged = mergedSpellings(aliases);
  return [...byKey]
    .map(([key, claims]) => summarise(key, claims, merged.get(key) ?? []))
    .sort((a, b) => b.claims - a.claims || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The speaker `key` (canonical) with its claims, or undefined when no claim has it. */
export function speakerClaims(
  entries: readonly CatalogueClaim[],
  aliases: SpeakerAliases,
  key: string,
): { speaker: SpeakerSummary; claims: CatalogueClaim[] } | undefined {
  const claims = entries.filter((entry) => counted(entry) && canonicalSpeaker(aliases, entry.speakerKey) === key);
  if (claims.length === 0) return undefined;
  return { speaker: summarise(key, claims, mergedSpellings(aliases).get(key) ?? []), claims };
}

/** Whether the speaker `key` has a claim, under its own key or as the key others were merged into. */
export function isKnownSpeaker(entries: readonly CatalogueClaim[], aliases: SpeakerAliases, key: string): boolean {
  return entries.some((entry) => counted(entry) && (entry.speakerKey === key || canonicalSpeaker(aliases, entry.speakerKey) === key));
}

function summarise(key: string, claims: readonly CatalogueClaim[], merged: string[]): SpeakerSummary {
  const spellings = new Map<string, number>();
  const verdicts: SpeakerSummary["verdicts"] = {};
  const articles = new Set<string>();
  const nameOf = new Map<string, string>();
  for (const { claim, article, speakerKey } of claims) {
    spellings.set(claim.speaker, (spellings.get(claim.speaker) ?? 0) + 1);
    const verdict = claim.verdict ?? "none";
    verdicts[verdict] = (verdicts[verdict] ?? 0) + 1;
    articles.add(article.id);
    if (!nameOf.has(speakerKey)) nameOf.set(speakerKey, claim.speaker);
  }
  const sorted = [...spellings].map(([text, n]) => ({ text, claims: n })).sort((a, b) => b.claims - a.claims);
  return {
    key,
    name: sorted[0]!.text,
    spellings: sorted,
    merged: merged.map((alias) => ({ key: alias, name: nameOf.get(alias) ?? alias })),
    claims: claims.length,
    articles: articles.size,
    verdicts,
  };
}
