import { escapeXml } from "./escape-xml.ts";
import type { VerdictRow } from "./verdict-rows.ts";

const WIDTH = 640;
const ROW = 30;
const LABEL = 230;
const COUNT = 40;

/**
 * A horizontal bar chart of verdict counts as a standalone SVG document. With `dir` "rtl" the
 * chart is mirrored: labels on the right, bars growing leftwards. No script, no style element, no external
 * resources, so it passes a strict Content-Security-Policy.
 */
export function verdictChartSvg(rows: readonly VerdictRow[], dir: "ltr" | "rtl", title: string): string {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const barSpace = WIDTH - LABEL - COUNT - 20;
  const height = rows.length * ROW + 10;
  const x = (ltrX: number, w = 0) => (dir === "rtl" ? WIDTH - ltrX - w : ltrX);
  const start = dir === "rtl" ? "end" : "start";
  const body = rows.map((row, i) => {
    const y = 5 + i * ROW;
    const w = Math.round((row.count / max) * barSpace);
    return [
      `<text x="${x(0)}" y="${y + 19}" text-anchor="${start}">${escapeXml(row.label)}</text>`,
      `<rect x="${x(LABEL, w)}" y="${y + 4}" width="${w}" height="${ROW - 10}" fill="${row.colour}"><title>${escapeXml(`${row.label}: ${row.count}`)}</title></rect>`,
      `<text x="${x(LABEL + w + 8)}" y="${y + 19}" text-anchor="${start}">${row.count}</text>`,
    ].join("");
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<g font-family="Noto Sans Arabic, Noto Naskh Arabic, DejaVu Sans, sans-serif" font-size="14" fill="#222">`,
    ...body,
    `</g>`,
    `</svg>`,
  ].join("\n");
}
