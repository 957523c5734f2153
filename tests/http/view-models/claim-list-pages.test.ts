import { describe, expect, it } from "vitest";
import { claimListPages } from "../../../src/http/view-models/claim-list-pages.ts";

const href = (page: number) => `/a?page=${page}`;
/** The page links as numbers, "…" for a gap and [n] for the current page. */
const shown = (total: number, page?: number) =>
  claimListPages(total, page, href, 100).nearby.map((p) => (p === null ? "…" : p.current ? `[${p.page}]` : String(p.page)));

describe("claimListPages", () => {
  it.each([
    ["no claims: one empty page", 0, undefined, { page: 1, pages: 1, first: 0, last: 0, total: 0 }],
    ["fewer than a page", 19, undefined, { page: 1, pages: 1, first: 1, last: 19, total: 19 }],
    ["exactly one page", 100, undefined, { page: 1, pages: 1, first: 1, last: 100, total: 100 }],
    ["one more than a page", 101, 2, { page: 2, pages: 2, first: 101, last: 101, total: 101 }],
    ["a middle page", 3200, 5, { page: 5, pages: 32, first: 401, last: 500, total: 3200 }],
    ["a page past the end shows the last", 250, 9, { page: 3, pages: 3, first: 201, last: 250, total: 250 }],
  ])("%s", (_name, total, page, expected) => {
    expect(claimListPages(total, page, href, 100)).toMatchObject(expected);
  });

  it("links to the previous and next page, none beyond the ends", () => {
    expect(claimListPages(250, 1, href, 100)).toMatchObject({ previous: null, next: { page: 2, href: "/a?page=2" } });
    expect(claimListPages(250, 2, href, 100)).toMatchObject({ previous: { page: 1 }, next: { page: 3 } });
    expect(claimListPages(250, 3, href, 100)).toMatchObject({ previous: { page: 2 }, next: null });
  });

  it.each([
    [3, undefined, ["[1]", "2", "3"]],
    [32, 1, ["[1]", "2", "3", "…", "32"]],
    [32, 16, ["1", "…", "14", "15", "[16]", "17", "18", "…", "32"]],
    [32, 31, ["1", "…", "29", "30", "[31]", "32"]],
    [7, 4, ["1", "2", "3", "[4]", "5", "6", "7"]],
  ])("of %i pages, on page %s, links %j", (pages, page, expected) => {
    expect(shown(pages * 100, page)).toEqual(expected);
  });
});
