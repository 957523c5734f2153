import { paragraphAt } from "../../domain/paragraph-at.ts";
import type { Translate } from "../../i18n/translate.ts";
import type { Article } from "../../schemas/article.ts";
import type { ClaimRecord } from "../../schemas/claim-record.ts";
import { CLAIM_KINDS } from "../../schemas/extracted-claim.ts";
import { STANCES } from "../../schemas/evidence.ts";
import { VERDICTS } from "../../domain/verdicts.ts";
import { highlightSegments } from "./highlight-segments.ts";
import { historyView } from "./history-view.ts";
import { paths } from "./paths.ts";

/**
 * The claim page: the claim highlighted in its paragraph, its state, history and the forms'
 * choices. The forms' values and errors are added by the route.
 */
export function claimPage(article: Article, claim: ClaimRecord, t: Translate, verdictLabel: (id: string | null) => string) {
  const para = paragraphAt(article.text, claim.start, claim.end);
  const mark = { start: claim.start - para.start, end: claim.end - para.start, verdict: claim.verdict };
  const claimPath = paths.claim(article.id, claim.id);
  return {
    article,
    claim,
    textDir: article.language === "ar" ? "rtl" : "ltr",
    paragraph: highlightSegments(article.text.slice(para.start, para.end), [mark]),
    history: historyView(claim.history, t, verdictLabel),
    lastChange: claim.history[claim.history.length - 1],
    choices: { verdicts: VERDICTS, kinds: CLAIM_KINDS, stances: STANCES },
    links: {
      article: paths.article(article.id),
      report: paths.report(article.id),
      review: `${claimPath}/review`,
      correction: `${claimPath}/correction`,
      dismiss: `${claimPath}/dismiss`,
      restore: `${claimPath}/restore`,
      decision: `${claimPath}/decision`,
    },
  };
}
