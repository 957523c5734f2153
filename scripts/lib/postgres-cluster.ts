import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A throwaway PostgreSQL cluster for the tests: initdb in a temp directory, listening on a Unix
 * socket only (no TCP port, nothing reachable from outside), stopped and removed afterwards.
 * PostgreSQL refuses to run as root, so under root the cluster runs as the `postgres` account.
 */
export interface Cluster {
  url: string;
  stop(): void;
}

/** The directory holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin(): string | null {
  const fromConfig = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  const candidates = [fromConfig.status === 0 ? fromConfig.stdout.trim() : ""];
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) for (const version of readdirSync(debian).sort().reverse()) candidates.push(join(debian, version, "bin"));
  return candidates.find((dir) => dir && existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"))) ?? null;
}

function asOwner(bin: string, args: string[], uid: number | null): void {
  const [command, argv] = uid === null ? [bin, args] : ["runuser", ["-u", "postgres", "--", bin, ...args]];
  execFileSync(command, argv, { stdio: "pipe" });
}

/** Starts a cluster with a database `isnad` owned by user `isnad`. */
export function startCluster(bin: string): Cluster {
  const dir = mkdtempSync(join(tmpdir(), "isnad-pg-"));
  const isRoot = process.getuid?.() === 0;
  const uid = isRoot ? Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim()) : null;
  if (uid !== null) {
    chmodSync(dir, 0o700);
    chownSync(dir, uid, Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim()));
  }
  const data = join(dir, "data");
  asOwner(join(bin, "initdb"), ["-D", data, "-U", "isnad", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], uid);
  const options = `-k ${dir} -c listen_addresses='' -c fsync=off -c max_connections=60`;
  asOwner(join(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"], uid);
  asOwner(join(bin, "createdb"), ["-h", dir, "-U", "isnad", "isnad"], uid);
  return {
    url: `postgres://isnad@localhost/isnad?host=${encodeURIComponent(dir)}`,
    stop() {
      try {
        asOwner(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], uid);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
