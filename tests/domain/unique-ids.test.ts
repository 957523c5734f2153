import { describe, expect, it } from "vitest";
import { uniqueIds } from "../../src/domain/claim-from-extracted.ts";

/** A Set that counts its lookups, to show how the work grows with the number of ids. */
class CountingSet extends Set<string> {
  lookups = 0;
  override has(value: string): boolean {
    this.lookups++;
    return super.has(value);
  }
}

describe("uniqueIds", () => {
  it.each([
    ["a fresh id is kept", [], ["a"], ["a"]],
    ["a repeated id gets -2, -3…", [], ["a", "a", "a"], ["a", "a-2", "a-3"]],
    ["ids taken before are skipped", ["a", "a-2"], ["a", "a"], ["a-3", "a-4"]],
    ["a suffix taken by a later id is skipped", [], ["a", "a-2", "a", "a"], ["a", "a-2", "a-3", "a-4"]],
    ["an id that looks suffixed is its own base", [], ["a-2", "a-2", "a"], ["a-2", "a-2-2", "a"]],
    ["different ids count separately", [], ["a", "b", "a", "b"], ["a", "b", "a-2", "b-2"]],
  ])("%s", (_name, taken, ids, expected) => {
    const uniqueId = uniqueIds(new Set(taken));
    expect(ids.map(uniqueId)).toEqual(expected);
  });

  it("adds each id it hands out to the set it was given", () => {
    const taken = new Set(["x"]);
    uniqueIds(taken)("x");
    expect([...taken]).toEqual(["x", "x-2"]);
  });

  it.each([1000, 32_000])("names %i copies of one id with about two lookups each, not one per earlier copy", (copies) => {
    const taken = new CountingSet();
    const uniqueId = uniqueIds(taken);
    const ids = Array.from({ length: copies }, () => uniqueId("same"));
    expect(new Set(ids).size).toBe(copies);
    expect(ids.at(-1)).toBe(`same-${copies}`);
    expect(taken.lookups).toBeLessThanOrEqual(2 * copies);
  });
});
