import { describe, expect, it } from "vitest";
import { parseLexicon, parseWordList } from "../../src/core/lexicon/parse-lexicon.ts";

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
