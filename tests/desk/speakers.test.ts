import { describe, expect, it } from "vitest";
import { mergeSpeaker, unmergeSpeaker } from "../../src/domain/speaker-aliases.ts";
import { catalogueEntries } from "../../src/reports/claim-catalogue.ts";
import { canonicalSpeaker, speakerClaims, speakerIndex } from "../../src/reports/speakers.ts";
import { SpeakerAliasesSchema } from "../../src/schemas/settings.ts";
import { AR_TEXT, arabicArticle, englishArticle, recordAt } from "../helpers/workspace.ts";

const C1 = "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي";
const C2 = "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي";
const US = "وزير الخارجيه الامريكي";
const BLINKEN = "انتوني بلينكن";

/** The same minister spelt three ways over two articles, Blinken once, a dismissed claim and a claim with no speaker. */
const entries = () =>
  [
    arabicArticle({
      claims: [
        recordAt(AR_TEXT, C1, { id: "c1", speaker: "وزير الخارجية الأمريكي", verdict: "false" }),
        recordAt(AR_TEXT, C2, { id: "c2", speaker: "أنتوني بلينكن", verdict: "true" }),
      ],
    }),
    arabicArticle({
      id: "ar2",
      claims: [
        recordAt(AR_TEXT, C1, { id: "d1", speaker: "وزيرُ الخارجيـة الامريكى" }),
        recordAt(AR_TEXT, C2, { id: "d2", speaker: "أنتوني بلينكن", dismissed: true }),
      ],
    }),
    englishArticle({ claims: [] }),
    arabicArticle({ id: "ar3", claims: [recordAt(AR_TEXT, C1, { id: "e1", speaker: "" })] }),
  ].flatMap(catalogueEntries);

describe("speakerIndex", () => {
  it("groups spellings by their folded key, most claims first, with verdict and article counts", () => {
    const index = speakerIndex(entries(), {});
    expect(index.map((s) => [s.key, s.claims, s.articles])).toEqual([
      [US, 2, 2],
      [BLINKEN, 1, 1],
    ]);
    expect(index[0]!.spellings).toEqual([
      { text: "وزير الخارجية الأمريكي", claims: 1 },
      { text: "وزيرُ الخارجيـة الامريكى", claims: 1 },
    ]);
    expect(index[0]!.verdicts).toEqual({ false: 1, none: 1 });
  });

  it("lists merged spellings under the speaker they were merged into", () => {
    const index = speakerIndex(entries(), { [US]: BLINKEN });
    expect(index).toHaveLength(1);
    expect(index[0]).toMatchObject({
      key: BLINKEN,
      claims: 3,
      articles: 2,
      merged: [{ key: US, name: "وزير الخارجية الأمريكي" }],
      verdicts: { false: 1, true: 1, none: 1 },
    });
    expect(index[0]!.name).toBe("وزير الخارجية الأمريكي");
  });
});

describe("speakerClaims", () => {
  it("gives every counted claim of the speaker across articles", () => {
    const found = speakerClaims(entries(), { [US]: BLINKEN }, BLINKEN);
    expect(found?.claims.map((e) => `${e.article.id}/${e.claim.id}`)).toEqual(["ar1/c1", "ar1/c2", "ar2/d1"]);
  });

  it("knows no speaker that has no claim, nor one merged away", () => {
    expect(speakerClaims(entries(), {}, "nobody")).toBeUndefined();
    expect(speakerClaims(entries(), { [US]: BLINKEN }, US)).toBeUndefined();
  });
});

describe("mergeSpeaker and unmergeSpeaker", () => {
  it.each([
    ["a first merge", {}, ["a", "b"], { a: "b" }],
    ["into a speaker that was itself merged: the alias points at the end", { b: "c" }, ["a", "b"], { b: "c", a: "c" }],
    ["a speaker that others were merged into: they move with it", { x: "a" }, ["a", "b"], { x: "b", a: "b" }],
    ["two spellings already merged, the other way round: nothing, and no cycle", { a: "b" }, ["b", "a"], { a: "b" }],
    ["a speaker into itself: nothing", { a: "b" }, ["b", "b"], { a: "b" }],
  ])("%s", (_name, before: Record<string, string>, [spelling, into], after) => {
    const next = mergeSpeaker(before, spelling!, into!);
    expect(next).toEqual(after);
    expect(SpeakerAliasesSchema.safeParse(next).success).toBe(true);
  });

  it("treats speakers called like Object's own properties as plain keys", () => {
    expect(mergeSpeaker({}, "constructor", "b")).toEqual({ constructor: "b" });
    expect(mergeSpeaker({}, "a", "constructor")).toEqual({ a: "constructor" });
    const proto = mergeSpeaker({}, "__proto__", "b");
    expect(Object.hasOwn(proto, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  });

  it("unmerges one spelling and keeps the others", () => {
    expect(unmergeSpeaker({ a: "c", b: "c" }, "a")).toEqual({ b: "c" });
    expect(unmergeSpeaker({ a: "c" }, "zz")).toEqual({ a: "c" });
  });

  it("refuses stored aliases that chain or point at themselves", () => {
    expect(SpeakerAliasesSchema.safeParse({ a: "b", b: "c" }).success).toBe(false);
    expect(SpeakerAliasesSchema.safeParse({ a: "a" }).success).toBe(false);
  });

  it("resolves a key through the aliases, and only own keys", () => {
    expect(canonicalSpeaker({ a: "b" }, "a")).toBe("b");
    expect(canonicalSpeaker({ a: "b" }, "constructor")).toBe("constructor");
  });
});
