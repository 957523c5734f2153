import { VERDICT_IDS, VERDICT_RATINGS, type VerdictId } from "../schemas/verdict-ids.ts";

export { VERDICT_IDS, type VerdictId };

/**
 * The verdict scale: the ids and ratings of src/schemas/verdict-ids.ts (five rated 1–5, worst 1,
 * best 5: higher is truer; three unrated, exported with their label only) with labels and colours.
 * Labels follow Arabic fact-checkers' usage (Misbar, Fatabyyano). Colours are used by highlights,
 * badges and charts alike.
 */
const LOOKS: Record<VerdictId, { colour: string; label: { en: string; ar: string } }> = {
  true: { colour: "#1a7f37", label: { en: "True", ar: "صحيح" } },
  mostly_true: { colour: "#6a9f2e", label: { en: "Mostly true", ar: "صحيح في معظمه" } },
  misleading: { colour: "#d9822b", label: { en: "Misleading", ar: "مضلل" } },
  mostly_false: { colour: "#d4533b", label: { en: "Mostly false", ar: "خاطئ في معظمه" } },
  false: { colour: "#a61b29", label: { en: "False", ar: "زائف" } },
  unproven: { colour: "#7b5ea7", label: { en: "Unproven", ar: "غير مؤكد" } },
  satire: { colour: "#1b7f8c", label: { en: "Satire", ar: "ساخر" } },
  not_checkable: { colour: "#6c757d", label: { en: "Opinion, not checkable", ar: "رأي لا يمكن التحقق منه" } },
};

export const VERDICTS = VERDICT_IDS.map((id) => ({ id, rating: VERDICT_RATINGS[id], ...LOOKS[id] }));

export type Verdict = (typeof VERDICTS)[number];

/** Colour of a claim that has no verdict yet. */
export const NO_VERDICT_COLOUR = "#e0b000";

/** Best and worst ratingValue on the scale (schema.org Rating). */
export const RATING_RANGE = { best: 5, worst: 1 } as const;

/** Looks a verdict up by id; undefined for null or an unknown id. */
export function verdictById(id: string | null | undefined): Verdict | undefined {
  return VERDICTS.find((v) => v.id === id);
}
