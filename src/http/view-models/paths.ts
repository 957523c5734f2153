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
  apiClaims: (articleId: string) => `/api/articles/${encodeURIComponent(articleId)}/claims`,
};
