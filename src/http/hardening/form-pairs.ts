import { HttpError } from "../http-error.ts";
import { FORBIDDEN_KEYS, forbiddenSegment } from "./forbidden-keys.ts";

/** One `name=value` pair of a URL-encoded form or query string, decoded. */
export type FormPair = readonly [name: string, value: string];

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The bytes as UTF-8 text, or null when they are not UTF-8. */
export function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes `application/x-www-form-urlencoded` text strictly, as browsers write it: `+` is a space,
 * every `%XX` escape is well-formed and the bytes they spell are UTF-8. Null when they are not
 * (the lenient parsers behind express would quietly turn such bytes into U+FFFD or keep `%zz`).
 */
export function decodeFormPairs(text: string): FormPair[] | null {
  const pairs: FormPair[] = [];
  if (!text) return pairs;
  try {
    for (const part of text.split("&")) {
      if (!part) continue;
      const eq = part.indexOf("=");
      const name = eq < 0 ? part : part.slice(0, eq);
      const value = eq < 0 ? "" : part.slice(eq + 1);
      pairs.push([decode(name), decode(value)]);
    }
  } catch {
    return null;
  }
  return pairs;
}

function decode(text: string): string {
  return decodeURIComponent(text.includes("+") ? text.replace(/\+/g, " ") : text);
}

/**
 * Why decoded pairs cannot be accepted, as an HttpError (400), or null when they can: a name that
 * reaches an object's prototype, or a null character (U+0000) in a name or value.
 */
export function unacceptablePairs(pairs: readonly FormPair[]): HttpError | null {
  for (const [name, value] of pairs) {
    if (forbiddenSegment(name)) return new HttpError(400, "error.forbiddenKey");
    if (name.includes("\0") || value.includes("\0")) return new HttpError(400, "error.nullCharacter");
  }
  return null;
}

/**
 * The same checks for an already parsed body (multipart, whose raw names are out of reach): its
 * keys at any depth and its string values. Stops at `maxDepth`.
 */
export function unacceptableValue(value: unknown, maxDepth = 8): HttpError | null {
  if (typeof value === "string") return value.includes("\0") ? new HttpError(400, "error.nullCharacter") : null;
  if (maxDepth < 0 || value === null || typeof value !== "object") return null;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== "string") continue;
    if (FORBIDDEN_KEYS.has(key)) return new HttpError(400, "error.forbiddenKey");
    if (key.includes("\0")) return new HttpError(400, "error.nullCharacter");
    const problem = unacceptableValue((value as Record<string, unknown>)[key], maxDepth - 1);
    if (problem) return problem;
  }
  return null;
}
