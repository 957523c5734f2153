import type { SearchFilters } from "../schemas/forms/search-query.ts";
import type { SpeakerAliases } from "../schemas/settings.ts";
import { foldedWords, type CatalogueArticle, type CatalogueClaim } from "./claim-catalogue.ts";
import { matchesStems, wordStems, type SearchWord } from "./search-words.ts";
import { canonicalSpeaker, mergedSpellings } from "./speakers.ts";

/** Each word's stems, shared by every search (a desk's vocabulary is far smaller than its words; emptied past a bound). */
const stemCache = new Map<string, readonly string[]>();
const STEM_CACHE_SIZE = 200_000;

function stemsOf(key: string): readonly string[] {
  let stems = stemCache.get(key);
  if (!stems) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stems = wordStems(key);
    stemCache.set(key, stems);
  }
  return stems;
}

/** Whether a word of the text (its key) matches `word`, each distinct key worked out once per search. */
function wordMatcher(word: SearchWord): (key: string) => boolean {
  const seen = new Map<string, boolean>();
  return (key) => {
    let hit = seen.get(key);
    if (hit === undefined) {
      hit = matchesStems(word, stemsOf(key));
      seen.set(key, hit);
    }
    return hit;
  };
}

// An article's title words, kept while the catalogue keeps the article (its object changes when the article does).
const titleWords = new WeakMap<CatalogueArticle, readonly string[]>();

function titleWordsOf(article: CatalogueArticle): readonly string[] {
  let words = titleWords.get(article);
  if (!words) titleWords.set(article, (words = foldedWords(article.title)));
  return words;
}

/** The date an article is filtered by: its publication date, else the day it was imported (YYYY-MM-DD). */
export function articleDate(article: CatalogueArticle): string {
  return article.publishedAt ?? article.importedAt.slice(0, 10);
}

/** Whether a claim passes the filters (each one given must hold; dates are inclusive). */
export function passesFilters(entry: CatalogueClaim, filters: SearchFilters): boolean {
  const { claim, article } = entry;
  if (filters.verdict && (claim.verdict ?? "none") !== filters.verdict) return false;
  if (filters.status && claim.status !== filters.status) return false;
  if (filters.language && article.language !== filters.language) return false;
  const date = articleDate(article);
  if (filters.from && date < filters.from) return false;
  if (filters.to && date > filters.to) return false;
  return true;
}

/**
 * The speaker words a claim is found by: those of its own speaker, and through the desk's aliases
 * those of every spelling merged with it (so "Blinken" finds a claim of "وزير الخارجية الأمريكي"
 * once an editor merged the two).
 */
function speakerWords(aliases: SpeakerAliases) {
  const merged = mergedSpellings(aliases);
  const byKey = new Map<string, readonly string[]>();
  return (speakerKey: string): readonly string[] => {
    let words = byKey.get(speakerKey);
    if (!words) {
      const canonical = canonicalSpeaker(aliases, speakerKey);
      const keys = new Set([speakerKey, canonical, ...(merged.get(canonical) ?? [])]);
      words = [...keys].flatMap((key) => (key ? key.split(" ") : []));
      byKey.set(speakerKey, words);
    }
    return words;
  };
}

/**
 * The claims that match every search word (in the claim's text, its speaker's name or merged
 * spellings, or its article's title) and pass the filters; dismissed claims are left out. With no
 * words, every claim that passes the filters. Newest article first (publication date, else
 * import day), then as the catalogue lists them (article, then text order).
 */
export function searchClaims(
  entries: readonly CatalogueClaim[],
  words: readonly SearchWord[],
  filters: SearchFilters,
  aliases: SpeakerAliases = {},
): CatalogueClaim[] {
  const speaker = speakerWords(aliases);
  const matchers = words.map(wordMatcher);
  const found = entries.filter((entry) => {
    if (entry.claim.dismissed || !passesFilters(entry, filters)) return false;
    const texts = [entry.words, speaker(entry.speakerKey), titleWordsOf(entry.article)];
    return matchers.every((matches) => texts.some((keys) => keys.some(matches)));
  });
  return found
    .map((entry, i) => ({ entry, i, date: articleDate(entry.article) }))
    .sort((a, b) => (a.date === b.date ? a.i - b.i : a.date < b.date ? 1 : -1))
    .map(({ entry }) => entry);
}
