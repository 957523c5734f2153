/** The public fact-check page of an article, relative to the public base URL: stable as long as the article id is. */
export function publicFactCheckPath(articleId: string): string {
  return `/fact-checks/${encodeURIComponent(articleId)}`;
}
