// Runs a Node program in a child process whose Jumio traffic is routed to the test's TLS front (see
// jumio-route-preload.mjs). The program prints one JSON line on stdout as its result.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROUTE_PRELOAD = fileURLToPath(new URL('./jumio-route-preload.mjs', import.meta.url));

export interface RouteEnv {
  /** Port of the TLS front. */
  port: number;
  /** CA file the child trusts (NODE_EXTRA_CA_CERTS). Omit to prove that verification is real. */
  caFile?: string;
}

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runRouted(args: string[], route: RouteEnv, extraEnv: Record<string, string> = {}, cwd?: string): Promise<ChildResult> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NVM_JUMIO_ROUTE_PORT: String(route.port), ...extraEnv };
  if (route.caFile) env.NODE_EXTRA_CA_CERTS = route.caFile;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', ROUTE_PRELOAD, ...args], { env, cwd, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err && typeof (err as NodeJS.ErrnoException & { code?: unknown }).code === 'number' ? (err as unknown as { code: number }).code : err ? 1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The last line of stdout parsed as JSON (the child's result). */
export function lastJson<T = unknown>(r: ChildResult): T {
  const lines = r.stdout.trim().split('\n').filter(Boolean);
  const last = lines[lines.length - 1];
  if (!last) throw new Error(`child printed nothing (exit ${r.code}): ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(last) as T;
}
