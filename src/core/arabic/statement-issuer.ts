import { STATEMENT_OBJECT_KEYS } from "./lexicon-index.ts";
import { gapBefore, hasComma, type SentenceView } from "./sentence-view.ts";
import type { SpeakerRegistry } from "./speaker-registry.ts";
import { resolvePhrase } from "./resolve-phrase.ts";

/** "أصدر", "نشر", "وزع" + a statement: who issued it speaks for it ("أكد فيه", "وشدد البيان"). */
const ISSUING = ["اصدر", "اصدرت", "اصدروا", "نشر", "نشرت", "وزع", "وزعت", "وجه", "وجهت"];
/** The issuing verbs as written alone or after the proclitic و or ف: one lookup per word, no slice. */
const ISSUING_FORMS = new Set(ISSUING.flatMap((verb) => [verb, `و${verb}`, `ف${verb}`]));
const MAX_ISSUER_WORDS = 6;
/** "أصدرت الوزارة، مساء اليوم، بيانا": a short aside (a time) between commas after the issuer. */
const MAX_ASIDE_WORDS = 3;

/**
 * "وأصدر الأزهر بيانا، نشره على موقعه…": the subject between the issuing verb and the statement is
 * remembered as the statement's issuer, so "أكد فيه" and "البيان" later speak for it. One bounded look
 * after each issuing verb.
 */
export function rememberStatementIssuer(view: SentenceView, registry: SpeakerRegistry): void {
  for (let v = 0; v < view.tokens.length; v++) {
    const key = view.tokens[v]!.key;
    if (!ISSUING_FORMS.has(key)) continue;
    let last = -1; // the issuer's last word, once a comma closes it
    for (let s = v + 2; s < view.tokens.length && s - v <= MAX_ISSUER_WORDS + 1 + (last < 0 ? 0 : MAX_ASIDE_WORDS); s++) {
      if (last < 0 && hasComma(gapBefore(view, s))) last = s - 1;
      if (!STATEMENT_OBJECT_KEYS.has(view.tokens[s]!.key)) continue;
      if (last < 0) last = s - 1;
      const phrase = { first: v + 1, last, words: view.tokens.slice(v + 1, last + 1) };
      const issuer = resolvePhrase(view, phrase, undefined, registry);
      if (issuer) registry.issuedStatement(issuer);
      break;
    }
  }
}
