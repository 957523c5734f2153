import type { SearchFilters } from "../schemas/forms/search-query.ts";
import type { SpeakerAliases } from "../schemas/settings.ts";
import { foldedWords, type CatalogueArticle, type CatalogueClaim } from "./claim-catalogue.ts";
import { matchesStems, wordStems, type SearchWord } from "./search-words.ts";
import { canonicalSpeaker, mergedSpellings } from "./speakers.ts";

/** The stems of each word of a text: what search words are compared with. */
type Stems = readonly (readonly string[])[];

// Kept while the catalogue keeps the entry (its `words` array and article object change when the article does).
const claimStems = new WeakMap<readonly string[], Stems>();
const titleStems = new WeakMap<CatalogueArticle, Stems>();

function cached<K extends object>(cache: WeakMap<K, Stems>, key: K, words: () => readonly string[]): Stems {
  let stems = cache.get(key);
  if (!stems) cache.set(key, (stems = words().map(wordStems)));
  return stems;
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
function speakerStems(aliases: SpeakerAliases) {
  const merged = mergedSpellings(aliases);
  const byKey = new Map<string, Stems>();
  return (speakerKey: string): Stems => {
    let stems = byKey.get(speakerKey);
    if (!stems) {
      const canonical = canonicalSpeaker(aliases, speakerKey);
      const keys = new Set([speakerKey, canonical, ...(merged.get(canonical) ?? [])]);
      stems = [...keys].flatMap((key) => (key ? key.split(" ") : [])).map(wordStems);
      byKey.set(speakerKey, stems);
    }
    return stems;
  };
}

const hasWord = (word: SearchWord, stems: Stems) => stems.some((s) => matchesStems(word, s));

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
  const speaker = speakerStems(aliases);
  const found = entries.filter((entry) => {
    if (entry.claim.dismissed || !passesFilters(entry, filters)) return false;
    if (words.length === 0) return true;
    const texts = [
      cached(claimStems, entry.words, () => entry.words),
      speaker(entry.speakerKey),
      cached(titleStems, entry.article, () => foldedWords(entry.article.title)),
    ];
    return words.every((word) => texts.some((stems) => hasWord(word, stems)));
  });
  return found
    .map((entry, i) => ({ entry, i, date: articleDate(entry.article) }))
    .sort((a, b) => (a.date === b.date ? a.i - b.i : a.date < b.date ? 1 : -1))
    .map(({ entry }) => entry);
}
