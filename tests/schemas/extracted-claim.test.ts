import { describe, expect, expectTypeOf, it } from "vitest";
import type { Claim } from "../../src/core/index.ts";
import { ExtractedClaimSchema, type ExtractedClaim } from "../../src/schemas/extracted-claim.ts";
import { claimAt, AR_TEXT } from "../helpers/workspace.ts";

describe("ExtractedClaimSchema", () => {
  it("describes exactly the core's Claim type, both ways", () => {
    expectTypeOf<Claim>().toEqualTypeOf<ExtractedClaim>();
  });

  it("accepts a claim shaped like the extractor's output", () => {
    expect(ExtractedClaimSchema.safeParse(claimAt(AR_TEXT, "لا أفهم")).success).toBe(true);
  });
});
