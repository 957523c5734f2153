import { gapBefore, hasClauseStop, hasColon, hasComma, type SentenceView } from "./sentence-view.ts";

/** "طلب عدم الكشف عن هويته", "فضّل عدم ذكر اسمه", "رفض الكشف عن هويته", "مشترطا عدم نشر اسمه". */
const ASKS = new Set(["طلب", "طالبا", "اشترط", "مشترطا", "فضل", "مفضلا", "رفض", "رافضا"]);
const WITHHELD = /^(هويت|اسم|اسماء)(ه|ها|هم|هما)$/;
const MAX_ASIDE_WORDS = 6;

/**
 * An unnamed source's request not to be named, standing between the source and the content with no
 * commas ("وقال مسؤول أمريكي طلب عدم الكشف عن هويته إن…"): returns the index of the word after it, or
 * undefined when word k does not open one.
 */
export function anonymityAsideEnd(view: SentenceView, k: number): number | undefined {
  if (!ASKS.has(view.tokens[k]!.key.replace(/^و/, ""))) return undefined;
  for (let m = k + 1; m < view.tokens.length && m - k <= MAX_ASIDE_WORDS; m++) {
    const gap = gapBefore(view, m);
    if (hasComma(gap) || hasColon(gap) || hasClauseStop(gap)) return undefined;
    if (WITHHELD.test(view.tokens[m]!.key)) return m + 1;
  }
  return undefined;
}
