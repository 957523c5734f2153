import type { SpeakerAliases } from "../schemas/settings.ts";

/**
 * The aliases after an editor merged the speaker `spelling` into `into` (both speaker keys).
 * Kept flat: `into` is first resolved to its own target, and spellings already merged into
 * `spelling` move with it. Merging a speaker into itself changes nothing.
 */
export function mergeSpeaker(aliases: SpeakerAliases, spelling: string, into: string): SpeakerAliases {
  const target = Object.hasOwn(aliases, into) ? aliases[into]! : into;
  if (spelling === target) return aliases;
  const kept = Object.entries(aliases)
    .filter(([alias]) => alias !== spelling)
    .map(([alias, to]) => [alias, to === spelling ? target : to]);
  // fromEntries defines own properties, so a speaker called "__proto__" or "constructor" is a key like any other.
  return Object.fromEntries([...kept, [spelling, target]]);
}

/** The aliases without `spelling`'s: its claims are listed under their own key again. */
export function unmergeSpeaker(aliases: SpeakerAliases, spelling: string): SpeakerAliases {
  const { [spelling]: _gone, ...rest } = aliases;
  return rest;
}
