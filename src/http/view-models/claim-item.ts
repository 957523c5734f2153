import type { Article } from "../../schemas/article.ts";
import type { ClaimRecord } from "../../schemas/claim-record.ts";
import { paths } from "./paths.ts";

/** A claim as lists and highlights show it. */
export interface ClaimItem {
  id: string;
  href: string;
  speaker: string;
  cue: string;
  kind: ClaimRecord["kind"];
  text: string;
  start: number;
  end: number;
  verdict: ClaimRecord["verdict"];
  status: ClaimRecord["status"];
  dismissed: boolean;
  orphaned: boolean;
  manual: boolean;
  reviewer: string;
}

/** The view of one stored claim. */
export function claimItem(article: Article, claim: ClaimRecord): ClaimItem {
  return {
    id: claim.id,
    href: paths.claim(article.id, claim.id),
    speaker: claim.speaker,
    cue: claim.cue.text,
    kind: claim.kind,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    verdict: claim.verdict,
    status: claim.status,
    dismissed: claim.dismissed,
    orphaned: claim.orphaned,
    manual: claim.origin === "manual",
    reviewer: claim.reviewer,
  };
}
