export { extractClaims } from "./extract-claims.ts";
export { detectLanguage } from "./detect-language.ts";
export type { Claim, ClaimKind, ExtractOptions, Language, QuoteSelector, Span } from "./types.ts";
