import type { RequestHandler } from "express";
import { NO_VERDICT_COLOUR, VERDICTS } from "../../domain/verdicts.ts";

/**
 * The stylesheet that colours highlights and badges by verdict, made from the verdict scale so
 * colours are defined in one place: `.v-<id>` sets `--verdict` for public/css to use.
 */
export function verdictsCss(): string {
  const rules = [...VERDICTS.map((v) => [v.id, v.colour] as const), ["none", NO_VERDICT_COLOUR] as const];
  return `${rules.map(([id, colour]) => `.v-${id} { --verdict: ${colour}; }`).join("\n")}\n`;
}

/** Serves verdictsCss(). */
export const serveVerdictsCss: RequestHandler = (_req, res) => {
  res.type("text/css").set("Cache-Control", "public, max-age=300").send(verdictsCss());
};
