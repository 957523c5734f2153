import type { Entity } from "./speaker-registry.ts";

/** An attribution found in a sentence, before its content's end is known. */
export interface Attribution {
  cueStart: number;
  cueEnd: number;
  speaker: Entity;
  /** The words naming the speaker at the cue; undefined when the speaker is implicit. */
  mention?: { start: number; end: number };
  contentStart: number;
  /** A fixed content end (a quotation), else the clause end is used. */
  contentEnd?: number;
  rule: string;
}
