import type { SpeakerAliases } from "../schemas/settings.ts";

/**
 * The aliases after an editor merged the speaker `spelling` into `into` (both speaker keys).
 * Kept flat: `into` is first resolved to its own target, and spellings already merged into
 * `spelling` move with it. Merging a speaker into itself changes nothing.
 */
export function mergeSpeaker(aliases: SpeakerAliases, spelling: string, into: string): SpeakerAliases {
  const target = aliases[into] ?? into;
  if (spelling === target) return aliases;
  const next: SpeakerAliases = {};
  for (const [alias, to] of Object.entries(aliases)) if (alias !== spelling) next[alias] = to === spelling ? target : to;
  next[spelling] = target;
  return next;
}

/** The aliases without `spelling`'s: its claims are listed under their own key again. */
export function unmergeSpeaker(aliases: SpeakerAliases, spelling: string): SpeakerAliases {
  const { [spelling]: _gone, ...rest } = aliases;
  return rest;
}
