/** Size limits for everything a person types or uploads, in one place. */
export const LIMITS = {
  /** Article text, in UTF-8 bytes (1 MB). Larger texts get a 413 page. */
  articleBytes: 1024 * 1024,
  title: 300,
  publisher: 200,
  url: 2000,
  speaker: 200,
  name: 100,
  notes: 10_000,
  comment: 2000,
  evidenceTitle: 300,
  evidenceExcerpt: 2000,
  evidenceItems: 20,
  claimText: 5000,
} as const;
