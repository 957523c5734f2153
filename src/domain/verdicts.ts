/**
 * The verdict scale, defined once. Five rated verdicts map to schema.org ratingValue 1–5
 * (worst 1, best 5: higher is truer); three carry no rating and are exported with their label only.
 * Labels follow Arabic fact-checkers' usage (Misbar, Fatabyyano). Colours are used by highlights,
 * badges and charts alike.
 */
export const VERDICTS = [
  { id: "true", rating: 5, colour: "#1a7f37", label: { en: "True", ar: "صحيح" } },
  { id: "mostly_true", rating: 4, colour: "#6a9f2e", label: { en: "Mostly true", ar: "صحيح في معظمه" } },
  { id: "misleading", rating: 3, colour: "#d9822b", label: { en: "Misleading", ar: "مضلل" } },
  { id: "mostly_false", rating: 2, colour: "#d4533b", label: { en: "Mostly false", ar: "خاطئ في معظمه" } },
  { id: "false", rating: 1, colour: "#a61b29", label: { en: "False", ar: "زائف" } },
  { id: "unproven", rating: null, colour: "#7b5ea7", label: { en: "Unproven", ar: "غير مؤكد" } },
  { id: "satire", rating: null, colour: "#1b7f8c", label: { en: "Satire", ar: "ساخر" } },
  {
    id: "not_checkable",
    rating: null,
    colour: "#6c757d",
    label: { en: "Opinion, not checkable", ar: "رأي لا يمكن التحقق منه" },
  },
] as const;

export type Verdict = (typeof VERDICTS)[number];
export type VerdictId = Verdict["id"];

/** The verdict ids in display order, as a tuple zod can take. */
export const VERDICT_IDS = VERDICTS.map((v) => v.id) as unknown as readonly [VerdictId, ...VerdictId[]];

/** Colour of a claim that has no verdict yet. */
export const NO_VERDICT_COLOUR = "#e0b000";

/** Best and worst ratingValue on the scale (schema.org Rating). */
export const RATING_RANGE = { best: 5, worst: 1 } as const;

/** Looks a verdict up by id; undefined for null or an unknown id. */
export function verdictById(id: string | null | undefined): Verdict | undefined {
  return VERDICTS.find((v) => v.id === id);
}
