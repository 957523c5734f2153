import type { Span } from "../types.ts";
import type { Entity } from "./speaker-registry.ts";

/** An attribution found in a sentence, before its content's end is known. */
export interface Attribution {
  /** The cue as written: the verb, the phrase ("وجاء في بيان لها", "على حد قوله"), or empty at a floating quote. */
  cue: Span;
  speaker: Entity;
  /** The words naming the speaker at the cue; undefined when the speaker is implicit. */
  mention?: Span;
  contentStart: number;
  /** A fixed content end (a quotation), else the clause end is used. */
  contentEnd?: number;
  rule: string;
}
