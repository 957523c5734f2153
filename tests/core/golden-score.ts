import type { Claim } from "../../src/core/index.ts";

/** A hand-labelled claim of a golden article (the format of shared/fixtures/seed/claims.gold.json). */
export interface GoldClaim {
  id: string;
  speaker: string;
  speakerAliases?: string[];
  kind: Claim["kind"];
  text: string;
  optional?: boolean;
}

export interface Score {
  precision: number;
  recall: number;
  speaker: number;
  kind: number;
  misses: string[];
  extras: string[];
}

/** The matching key of the shared scorer: NFKC, no diacritics, one alef, no punctuation. */
function normalize(s: string): string {
  return s.normalize("NFKC").replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(/[إأآٱ]/g, "ا").replace(/ى/g, "ي")
    .replace(/ة/g, "ه").replace(/ؤ/g, "و").replace(/ئ/g, "ي").toLowerCase().replace(/[\p{P}\p{S}]/gu, " ").replace(/\s+/g, " ").trim();
}

function tokenF1(a: string, b: string): number {
  const ta = normalize(a).split(" ").filter(Boolean);
  const counts = new Map<string, number>();
  for (const t of normalize(b).split(" ").filter(Boolean)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const total = [...counts.values()].reduce((x, y) => x + y, 0);
  let common = 0;
  for (const t of ta) if ((counts.get(t) ?? 0) > 0) { common++; counts.set(t, counts.get(t)! - 1); }
  return common === 0 ? 0 : (2 * common) / (ta.length + total);
}

/** Scores claims as ../shared/eval/score-claims.mjs does: texts match at token F1 ≥ 0.5, best pairs first. */
export function scoreClaims(gold: readonly GoldClaim[], predicted: readonly Claim[]): Score {
  const pairs = gold.flatMap((g, gi) => predicted.map((p, pi) => ({ gi, pi, f: tokenF1(p.text, g.text) }))).filter((x) => x.f >= 0.5);
  pairs.sort((a, b) => b.f - a.f);
  const goldTo = new Map<number, number>();
  const predTo = new Set<number>();
  for (const { gi, pi } of pairs) if (!goldTo.has(gi) && !predTo.has(pi)) { goldTo.set(gi, pi); predTo.add(pi); }
  const required = gold.filter((g) => !g.optional);
  const found = required.filter((g) => goldTo.has(gold.indexOf(g)));
  const speakerOk = found.filter((g) => {
    const p = ` ${normalize(predicted[goldTo.get(gold.indexOf(g))!]!.speaker)} `;
    return (g.speakerAliases ?? [g.speaker]).some((a) => normalize(a) && p.includes(` ${normalize(a)} `));
  });
  const kindOk = found.filter((g) => predicted[goldTo.get(gold.indexOf(g))!]!.kind === g.kind);
  return {
    precision: predicted.length ? predTo.size / predicted.length : 1,
    recall: required.length ? found.length / required.length : 1,
    speaker: found.length ? speakerOk.length / found.length : 1,
    kind: found.length ? kindOk.length / found.length : 1,
    misses: required.filter((g) => !goldTo.has(gold.indexOf(g))).map((g) => `${g.id} ${g.text.slice(0, 50)}`),
    extras: predicted.filter((_, pi) => !predTo.has(pi)).map((p) => `[${p.speaker}] ${p.text.slice(0, 50)}`),
  };
}
