import { layOut } from "../src/core/text/layout.ts";
import { splitReopenedQuotes } from "../src/core/english/reopened-quotes.ts";
import { extractEnglishClaims } from "../src/core/english/extract-english.ts";
const text = process.argv[2]!;
if (process.env.L) for (const p of layOut(text, splitReopenedQuotes)) {
  console.log("P", p.isHeading, p.quotes.map(q => [text.slice(q.contentStart, q.contentEnd), q.closed]));
  for (const s of p.sentences) console.log("  S|" + text.slice(s.start, s.end) + "|");
}
for (const c of extractEnglishClaims(text)) console.log(c.rule, "[" + c.speaker + "]", c.cue.text, c.kind, "|" + c.text + "|");
