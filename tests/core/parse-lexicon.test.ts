import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cueFormOf } from "../../src/core/arabic/lexicon-index.ts";
import { parseVerbRows } from "../../src/core/lexicon/ar-reporting-verbs.ts";
import { matchKey } from "../../src/core/text/normalize.ts";
import { parseLexicon, parseRecord, parseWordList } from "../../src/core/lexicon/parse-lexicon.ts";

describe("parseLexicon", () => {
  it.each([
    ["one entry a line", "said\nsays\n", [["said"], ["says"]]],
    ["comments and blank lines skipped", "# verbs\n\nsaid   # past\n  \n", [["said"]]],
    ["fields split on | and trimmed", "قال | قالت |قالوا", [["قال", "قالت", "قالوا"]]],
    ["windows line ends", "said\r\nsays\r\n", [["said"], ["says"]]],
  ])("%s", (_name, source, rows) => {
    expect(parseLexicon(source)).toEqual(rows);
  });

  it("gives a one-field list as strings", () => {
    expect(parseWordList("a\n# c\nb")).toEqual(["a", "b"]);
  });
});

describe("parseRecord", () => {
  it("reads key | value lines, an empty value as the empty string, in order", () => {
    const record = parseRecord("spokesman | m\n# neutral\nspokesperson |\nmr. | m", ["m", "f", ""]);
    expect(record).toEqual({ spokesman: "m", spokesperson: "", "mr.": "m" });
    expect(Object.keys(record)).toEqual(["spokesman", "spokesperson", "mr."]);
  });

  it("rejects a value outside the allowed ones", () => {
    expect(() => parseRecord("spokesman | male", ["m", "f", ""])).toThrow(/"male" for "spokesman"/);
  });
});

describe("parseVerbRows", () => {
  const row = (takes: string) => parseVerbRows(`rule out | استبعد / استبعدت / استبعدوا | يستبعد / تستبعد / يستبعدون | مستبعدا | ${takes}`)[0]!;

  it.each([
    ["np", { np: true }],
    ["+عن +الى", { preps: ["عن", "الى"] }],
    ["obj ambiguous", { obj: true, ambiguous: true }],
    ["passive", { passive: true }],
    ["np stance", { np: true, stance: true }],
    ["saying", { saying: true }],
  ])("reads the flags «%s»", (takes, flags) => {
    expect(row(takes)).toEqual({
      gloss: "rule out",
      past: "استبعد | استبعدت | استبعدوا",
      present: "يستبعد | تستبعد | يستبعدون",
      participle: "مستبعدا",
      ...flags,
    });
  });

  it("rejects a word in the takes cell that is no flag, rather than dropping what it was meant to do", () => {
    expect(() => row("np sayng")).toThrow(/"sayng" for "rule out"/);
  });

  it("a row with no flags has none", () => {
    expect(row("")).toEqual({ gloss: "rule out", past: "استبعد | استبعدت | استبعدوا", present: "يستبعد | تستبعد | يستبعدون", participle: "مستبعدا" });
  });
});

describe("the Arabic reporting-verb lexicon drives the rules", () => {
  it.each([
    ["قائلا", true],
    ["قائلة", true],
    ["بالقول", true],
    ["مؤكدا", false],
    ["مشيرة", false],
  ])("the participle «%s» carries the saying flag: %s", (word, saying) => {
    const form = cueFormOf(matchKey(word));
    expect(form?.tense).toBe("participle");
    expect(Boolean(form?.row.saying)).toBe(saying);
  });

  it("no Arabic rule reads a verb's English gloss: behaviour comes from the lexicon's flags", () => {
    const dir = join(import.meta.dirname, "../../src/core/arabic");
    const readers = readdirSync(dir).filter((f) => /\.gloss\b/.test(readFileSync(join(dir, f), "utf8")));
    expect(readers).toEqual([]);
  });
});
