import type { CatalogueClaim } from "../../reports/claim-catalogue.ts";
import { matchesStems, searchWords, wordStems } from "../../reports/search-words.ts";
import { speakerIndex, type SpeakerSummary } from "../../reports/speakers.ts";
import type { SpeakerAliases } from "../../schemas/settings.ts";
import { claimListPages, type ClaimListPages } from "./claim-list-pages.ts";
import { paths } from "./paths.ts";

/** Speakers listed on one page of /speakers. */
export const SPEAKERS_PER_PAGE = 100;

/** A speaker row: the summary and its page's address. */
export type SpeakerRow = SpeakerSummary & { href: string };

/**
 * The speakers page: every speaker (merged spellings under the speaker they were merged into),
 * most claims first, narrowed to those whose name or a spelling has every word of `q`.
 */
export function speakersPage(
  entries: readonly CatalogueClaim[],
  aliases: SpeakerAliases,
  q: string,
  page: number | undefined,
): { rows: SpeakerRow[]; pages: ClaimListPages; total: number } {
  const words = searchWords(q);
  const all = speakerIndex(entries, aliases).filter((speaker) => {
    if (words.length === 0) return true;
    const stems = [speaker.key, ...speaker.merged.map((m) => m.key)].flatMap((key) => key.split(" ")).map(wordStems);
    return words.every((word) => stems.some((s) => matchesStems(word, s)));
  });
  const href = (n: number) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (n > 1) params.set("page", String(n));
    const search = params.toString();
    return search ? `${paths.speakers()}?${search}` : paths.speakers();
  };
  const pages = claimListPages(all.length, page, href, SPEAKERS_PER_PAGE);
  const rows = all.slice((pages.page - 1) * SPEAKERS_PER_PAGE, pages.page * SPEAKERS_PER_PAGE).map((s) => ({ ...s, href: paths.speaker(s.key) }));
  return { rows, pages, total: all.length };
}
