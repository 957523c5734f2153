import { describe, expect, it } from "vitest";
import { classifyPasted } from "../../src/ingest/pasted-input.ts";

describe("classifyPasted", () => {
  const rows: Array<[string, string]> = [
    ["https://www.aljazeera.net/news/2024/1/1/story", "url"],
    ["  http://news.example.org/a?b=c  \n", "url"],
    ["<!DOCTYPE html><html><body><p>x</p></body></html>", "html"],
    ["<!-- saved from url=(0048)https://example.org -->\n<html lang=ar>", "html"],
    ["<html>\n<head><title>t</title>", "html"],
    ["<div><p>One.</p><p>Two.</p><p>Three.</p></div>", "html"],
    ["قال الوزير إن https://example.org نشر البيان.", "text"],
    ["Visit https://example.org for more", "text"],
    ["The tag <p> starts a paragraph, the minister said.", "text"],
    ["javascript:alert(1)", "text"],
  ];
  for (const [input, kind] of rows) {
    it(`${JSON.stringify(input.slice(0, 40))} is ${kind}`, () => expect(classifyPasted(input).kind).toBe(kind));
  }

  it("gives the address without the white space around it", () => {
    expect(classifyPasted("  http://news.example.org/a  ")).toEqual({ kind: "url", url: "http://news.example.org/a" });
  });
});
