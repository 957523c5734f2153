import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");

/** A running `src/server.ts` child, or how it ended. */
export type Started = { baseUrl: string } | { code: number | null; signal: NodeJS.Signals | null };

/**
 * Starts the real server as `node --import tsx src/server.ts` (one process, so a signal reaches the
 * server itself, not a wrapper) with `env` over the test's environment. `started` resolves with the
 * 127.0.0.1 address once it prints the port it listens on, or with how it exited; `output` holds
 * everything it printed.
 */
export function startServer(env: Record<string, string>): { child: ChildProcess; started: Promise<Started>; output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/server.ts")], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const started = new Promise<Started>((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /serving http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (port) resolve({ baseUrl: `http://127.0.0.1:${port}` });
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.on("exit", (code, signal) => resolve({ code, signal }));
  });
  return { child, started, output: () => output };
}

/** Kills `child` with SIGKILL (no clean-up in the server can run) and waits until it is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await gone;
}
