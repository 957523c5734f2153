/** Addresses of the app's pages, built in one place. Ids are URL-encoded. */
export const paths = {
  articles: () => "/articles",
  newArticle: () => "/articles/new",
  article: (articleId: string) => `/articles/${encodeURIComponent(articleId)}`,
  claims: (articleId: string) => `${paths.article(articleId)}/claims`,
  claim: (articleId: string, claimId: string) => `${paths.claims(articleId)}/${encodeURIComponent(claimId)}`,
  report: (articleId: string) => `${paths.article(articleId)}/report`,
  csv: (articleId: string) => `${paths.article(articleId)}/report.csv`,
  claimReview: (articleId: string) => `${paths.article(articleId)}/claimreview.jsonld`,
  chart: (articleId: string) => `${paths.article(articleId)}/chart.svg`,
  bar: (articleId: string) => `${paths.article(articleId)}/verdict-bar.svg`,
  queue: () => "/queue",
  queueDecision: (articleId: string, claimId: string) => `/queue/decision/${encodeURIComponent(articleId)}/${encodeURIComponent(claimId)}`,
  articleAssignee: (articleId: string) => `${paths.article(articleId)}/assignee`,
  claimAssignee: (articleId: string, claimId: string) => `${paths.claim(articleId, claimId)}/assignee`,
  claimComments: (articleId: string, claimId: string) => `${paths.claim(articleId, claimId)}/comments`,
  apiClaims: (articleId: string) => `/api/articles/${encodeURIComponent(articleId)}/claims`,
};
