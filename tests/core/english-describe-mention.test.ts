import { describe, expect, it } from "vitest";
import { describeMention } from "../../src/core/english/describe-mention.ts";
import { wordsOf } from "../../src/core/english/words.ts";

function facts(phrase: string, descriptor = "") {
  const words = wordsOf(phrase, 0, phrase.length, []);
  return describeMention(words, descriptor ? wordsOf(descriptor, 0, descriptor.length, []) : []);
}

describe("describeMention: what a mention says of its referent", () => {
  it.each([
    // An honorific is read with or without its full stop: no part of the name, and its gender when it has one.
    ["Gov. Laura Reyes", ["laura", "reyes"], "f"],
    ["Gov Laura Reyes", ["laura", "reyes"], "f"],
    ["Gov. Reyes", ["reyes"], undefined],
    ["Mr. Hale", ["hale"], "m"],
    ["Mr Hale", ["hale"], "m"],
    ["Mrs. Okafor", ["okafor"], "f"],
    // A role noun before the name gives its gender when it has one, and is no part of the name.
    ["Spokeswoman Ana Ruiz", ["ana", "ruiz"], "f"],
    // A given name opening a full name gives the gender; a lone surname does not.
    ["Laura Whitfield", ["laura", "whitfield"], "f"],
    ["Whitfield", ["whitfield"], undefined],
  ])("%s: name keys %j, gender %s", (phrase, nameKeys, gender) => {
    const read = facts(phrase);
    expect(read.nameKeys).toEqual(nameKeys);
    expect(read.gender).toBe(gender);
  });

  it.each([
    ["the minister", ["minister"], false, true],
    ["the ministry", ["ministry"], true, true],
    ["The company", ["company"], true, true],
    ["the statement", ["statement"], false, true],
    ["a spokeswoman for the ministry", ["spokeswoman"], false, false],
    ["officials", ["officials"], false, false],
  ])("%s: heads %j, organisation %s, definite %s", (phrase, heads, org, definite) => {
    const read = facts(phrase);
    expect(read.heads).toEqual(heads);
    expect(read.org).toBe(org);
    expect(read.definite).toBe(definite);
    expect(read.nameKeys).toEqual([]);
  });

  it.each([
    ["he", "m"],
    ["She", "f"],
    ["they", "plural"],
    ["it", "thing"],
  ])("the pronoun %s refers back as %s and names no one", (phrase, pronoun) => {
    const read = facts(phrase);
    expect(read.pronoun).toBe(pronoun);
    expect(read.nameKeys).toEqual([]);
  });

  it("an appositive adds its last head, and a possessor's honorific says nothing of the speaker's gender", () => {
    const read = facts("Ruth Green", "a lawyer for Mr Hale");
    expect(read.heads).toEqual(["lawyer"]);
    const owned = facts("Mr Hale's lawyer");
    expect(owned.gender).toBeUndefined();
  });
});
