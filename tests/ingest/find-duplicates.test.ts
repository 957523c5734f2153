import { describe, expect, it } from "vitest";
import { findDuplicates, urlKey } from "../../src/ingest/find-duplicates.ts";

const STORED = [
  { id: "a1", title: "Bridge", text: "The mayor said the bridge\nwould reopen.", sourceUrl: "https://www.news.example/bridge/", canonicalUrl: undefined },
  { id: "a2", title: "Budget", text: "Other text.", sourceUrl: "https://m.news.example/x", canonicalUrl: "https://news.example/budget" },
];

describe("findDuplicates", () => {
  it("finds an article by its source address, ignoring www, scheme, fragment and trailing slash", () => {
    expect(findDuplicates(STORED, { text: "new", sourceUrl: "http://news.example/bridge#top" })).toEqual([{ id: "a1", title: "Bridge", reason: "url" }]);
  });

  it("finds an article whose canonical address is the import's canonical address", () => {
    expect(findDuplicates(STORED, { text: "new", sourceUrl: "https://amp.news.example/1", canonicalUrl: "https://news.example/budget" })).toEqual([
      { id: "a2", title: "Budget", reason: "url" },
    ]);
  });

  it("finds an article with the same text, white space aside", () => {
    expect(findDuplicates(STORED, { text: "  The mayor said the bridge would\n\nreopen. " })).toEqual([{ id: "a1", title: "Bridge", reason: "text" }]);
  });

  it("finds nothing for a new article, and does not match on a different query", () => {
    expect(findDuplicates(STORED, { text: "Fresh.", sourceUrl: "https://news.example/bridge?page=2" })).toEqual([]);
  });
});

describe("urlKey", () => {
  it("is undefined for what is not an address", () => expect(urlKey("not a url")).toBeUndefined());
});
