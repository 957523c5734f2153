import { escapeXml } from "./escape-xml.ts";
import type { VerdictRow } from "./verdict-rows.ts";

const WIDTH = 120;
const HEIGHT = 12;

/**
 * A small stacked bar of verdict shares as a standalone SVG document (for the article list).
 * Segments keep scale order from the reading start; an article without claims gets an empty frame.
 */
export function verdictBarSvg(rows: readonly VerdictRow[], dir: "ltr" | "rtl", title: string): string {
  const total = rows.reduce((n, r) => n + r.count, 0);
  let offset = 0;
  const segments = rows
    .filter((r) => r.count > 0)
    .map((r) => {
      const w = (r.count / total) * WIDTH;
      const x = dir === "rtl" ? WIDTH - offset - w : offset;
      offset += w;
      return `<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="${HEIGHT}" fill="${r.colour}"><title>${escapeXml(`${r.label}: ${r.count}`)}</title></rect>`;
    });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0.5" y="0.5" width="${WIDTH - 1}" height="${HEIGHT - 1}" fill="#f4f4f4" stroke="#ccc"/>`,
    ...segments,
    `</svg>`,
  ].join("\n");
}
