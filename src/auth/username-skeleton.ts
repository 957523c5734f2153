import unhomoglyph from "unhomoglyph";
import { usernameFold } from "../schemas/user.ts";

/**
 * What an account name looks like, for refusing look-alikes: the name folded (NFKC, case), then
 * Unicode's confusables mapping (UTS #39 skeleton, via `unhomoglyph`, whose table is generated
 * from confusables.txt) and lower-cased again, because the table maps to capitals in places
 * (`0` → `O`). Cyrillic `rеv1`, full-width `ｒｅｖ１`, `revl` and `REV1` all give the skeleton of `rev1`.
 */
export function usernameSkeleton(name: string): string {
  return unhomoglyph(usernameFold(name).normalize("NFD")).normalize("NFD").toLowerCase();
}

/** The first of `names` that looks like `name` (the same skeleton), or undefined. */
export function confusableWith(name: string, names: Iterable<string>): string | undefined {
  const skeleton = usernameSkeleton(name);
  for (const other of names) if (usernameSkeleton(other) === skeleton) return other;
  return undefined;
}
