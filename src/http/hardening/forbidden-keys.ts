/**
 * Names that reach an object's prototype when used as keys (`a[__proto__][x]=1`): never the name
 * of a field or parameter here, so a request that uses one is refused rather than cleaned.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** The forbidden segment of a field name such as `a[__proto__][b]` or `a.constructor`, if any. */
export function forbiddenSegment(name: string): string | undefined {
  return name.split(/[[\].]+/).find((segment) => FORBIDDEN_KEYS.has(segment));
}
