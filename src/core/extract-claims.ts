import type { Claim, ExtractOptions } from "./types.ts";

/** Finds every attributed claim in an article. Pure: never throws on odd text. (stub — being written) */
export function extractClaims(_text: string, _options: ExtractOptions = {}): Claim[] {
  return [];
}
