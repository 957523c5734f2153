import { parseHTML } from "linkedom";

/** Elements that start a new paragraph in reader view. */
const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL".split(
    " ",
  ),
);
/** Elements whose text is never article text. */
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "SELECT", "TEXTAREA", "IFRAME"]);

/**
 * The paragraphs of an article's HTML (Readability's cleaned content): each block element ends a
 * paragraph, `<br>` ends a line, runs of white space become one space, blank paragraphs go.
 */
export function articleParagraphs(contentHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const pieces: string[] = [];
  walk(document.body, pieces);
  return pieces
    .join("")
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split("\n")
        .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
        .filter(Boolean)
        .join("\n"),
    )
    .filter(Boolean);
}

function walk(node: Node, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out.push((child.textContent ?? "").replace(/\n/g, " "));
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === "BR") {
      out.push("\n");
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) out.push("\n\n");
    walk(child, out);
    if (block) out.push("\n\n");
  }
}
