import { extractArabicClaims } from "./arabic/extract-arabic.ts";
import { detectLanguage } from "./detect-language.ts";
import { extractEnglishClaims } from "./english/extract-english.ts";
import type { Claim, ExtractOptions } from "./types.ts";

/**
 * Finds every attributed claim in an article: who said what, with which cue, where.
 * Pure and total: odd text (empty, binary, hostile) gives fewer claims, never an exception.
 * Language comes from `options.language`, else from the script.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  if (typeof text !== "string") throw new TypeError("extractClaims expects the article text as a string");
  const language = options.language ?? detectLanguage(text);
  const claims = language === "ar" ? extractArabicClaims(text) : extractEnglishClaims(text);
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
