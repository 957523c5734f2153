import type { TestProject } from "vitest/node";
import { findPostgresBin, startCluster, type Cluster } from "../../scripts/lib/postgres-cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL database for the tests, or why there is none. */
    postgres: { url: string } | { skip: string };
  }
}

let cluster: Cluster | undefined;

/**
 * Gives the PostgreSQL tests a database: TEST_DATABASE_URL when set, else a throwaway cluster when
 * PostgreSQL is installed. Without either, the PostgreSQL tests are skipped (one line says why);
 * under CI a missing PostgreSQL is a failure, since .ci/run installs it.
 */
export function setup(project: TestProject): void {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("postgres", { url: given });
    return;
  }
  const bin = findPostgresBin();
  if (!bin) {
    if (process.env.CI) throw new Error("PostgreSQL is not installed (initdb not found), and CI must run the PostgreSQL tests");
    const skip = "PostgreSQL tests skipped: no initdb found (apt-get install postgresql, or set TEST_DATABASE_URL)";
    console.log(skip);
    project.provide("postgres", { skip });
    return;
  }
  cluster = startCluster(bin);
  project.provide("postgres", { url: cluster.url });
}

export function teardown(): void {
  cluster?.stop();
}
