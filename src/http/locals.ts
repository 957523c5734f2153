import type { Response } from "express";
import type { Article } from "../schemas/article.ts";
import type { ClaimRecord } from "../schemas/claim-record.ts";
import { HttpError } from "./http-error.ts";

/** The article loaded by the `:articleId` param handler. */
export function loadedArticle(res: Response): Article {
  const article = res.locals.article as Article | undefined;
  if (!article) throw new HttpError(404, "error.articleNotFound");
  return article;
}

/** The claim loaded by the `:claimId` param handler. */
export function loadedClaim(res: Response): ClaimRecord {
  const claim = res.locals.claim as ClaimRecord | undefined;
  if (!claim) throw new HttpError(404, "error.claimNotFound");
  return claim;
}
