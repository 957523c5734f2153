/**
 * The shared scorer (../shared/eval/score-claims.mjs) as a function, so the score command and the
 * golden tests count exactly as it does: a predicted claim matches a gold claim when their texts
 * share enough words (token F1 ≥ 0.5, or in "prefix" mode the prediction holds ≥ 70% of the gold
 * words), best pairs first, each claim at most once; optional gold claims count when found but are
 * not required; the speaker is right when a gold alias appears as whole words in the predicted one.
 */

export interface GoldClaim {
  id: string;
  speaker: string;
  speakerAliases?: string[];
  kind: "direct" | "indirect" | "mixed";
  text: string;
  optional?: boolean;
}

export interface GoldFile {
  language: "ar" | "en";
  /** "prefix": each gold text is only the opening of its claim's content. */
  textMode?: "prefix";
  claims: GoldClaim[];
}

export interface PredictedClaim {
  speaker: string;
  kind?: string;
  text: string;
}

/** Raw counts: they add up over articles (micro-averaging, as score-set.mjs does). */
export interface Counts {
  required: number;
  found: number;
  predicted: number;
  matchedPred: number;
  speakers: number;
  kinds: number;
  kindsScored: number;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  speaker: number;
  kind: number;
}

export interface ScoredArticle {
  counts: Counts;
  /** Required gold claims with no match: "id text". */
  misses: string[];
  /** Predictions with no gold match: "[speaker] text". */
  extras: string[];
  /** Matched required claims whose speaker is wrong: "id [gold] → [predicted]". */
  wrongSpeakers: string[];
  /** Matched required claims whose kind is wrong. */
  wrongKinds: string[];
}

/** The shared scorer's matching key: NFKC, no Arabic diacritics, one alef, no punctuation, lower case. */
export function normalize(s: string): string {
  return String(s ?? "")
    .normalize("NFKC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[إأآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const tokens = (s: string) => normalize(s).split(" ").filter(Boolean);

/** Words of `a` found in `b`, each word of `b` used once. */
function common(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of a) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      n++;
      counts.set(t, left - 1);
    }
  }
  return n;
}

function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const c = common(ta, tb);
  if (!c) return 0;
  const p = c / ta.length;
  const r = c / tb.length;
  return (2 * p * r) / (p + r);
}

function goldCoverage(pred: string, gold: string): number {
  const tg = tokens(gold);
  return tg.length ? common(tg, tokens(pred)) / tg.length : 0;
}

function speakerOk(pred: string, aliases: readonly string[]): boolean {
  const p = ` ${normalize(pred)} `;
  return p.trim().length > 0 && aliases.some((a) => normalize(a) !== "" && p.includes(` ${normalize(a)} `));
}

/** Scores one article's predictions against its gold file. */
export function scoreArticle(gold: GoldFile, predicted: readonly PredictedClaim[]): ScoredArticle {
  const prefix = gold.textMode === "prefix";
  const pairs: Array<{ gi: number; pi: number; f: number }> = [];
  gold.claims.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const f = prefix ? goldCoverage(p.text, g.text) : tokenF1(p.text, g.text);
      if (f >= (prefix ? 0.7 : 0.5)) pairs.push({ gi, pi, f });
    }),
  );
  pairs.sort((a, b) => b.f - a.f);
  const goldTo = new Map<number, number>();
  const predTo = new Set<number>();
  for (const { gi, pi } of pairs) {
    if (goldTo.has(gi) || predTo.has(pi)) continue;
    goldTo.set(gi, pi);
    predTo.add(pi);
  }
  const counts: Counts = { required: 0, found: 0, predicted: predicted.length, matchedPred: predTo.size, speakers: 0, kinds: 0, kindsScored: 0 };
  const result: ScoredArticle = { counts, misses: [], extras: [], wrongSpeakers: [], wrongKinds: [] };
  gold.claims.forEach((g, gi) => {
    if (g.optional) return;
    counts.required++;
    const pi = goldTo.get(gi);
    if (pi === undefined) {
      result.misses.push(`${g.id} ${g.text.slice(0, 60)}`);
      return;
    }
    const p = predicted[pi]!;
    counts.found++;
    if (speakerOk(p.speaker, g.speakerAliases ?? [g.speaker])) counts.speakers++;
    else result.wrongSpeakers.push(`${g.id} [${g.speaker}] → [${p.speaker}]`);
    if (p.kind !== undefined) {
      counts.kindsScored++;
      if (p.kind === g.kind) counts.kinds++;
      else result.wrongKinds.push(`${g.id} ${g.kind} → ${p.kind}`);
    }
  });
  predicted.forEach((p, pi) => {
    if (!predTo.has(pi)) result.extras.push(`[${p.speaker}] ${p.text.slice(0, 60)}`);
  });
  return result;
}

export function emptyCounts(): Counts {
  return { required: 0, found: 0, predicted: 0, matchedPred: 0, speakers: 0, kinds: 0, kindsScored: 0 };
}

export function addCounts(into: Counts, more: Counts): void {
  for (const key of Object.keys(into) as Array<keyof Counts>) into[key] += more[key];
}

/** Precision, recall, F1, speaker and kind accuracy from counts, as the shared scorer prints them. */
export function figures(c: Counts): Figures {
  const precision = c.predicted ? c.matchedPred / c.predicted : 0;
  const recall = c.required ? c.found / c.required : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, speaker: c.found ? c.speakers / c.found : 0, kind: c.kindsScored ? c.kinds / c.kindsScored : 0 };
}
