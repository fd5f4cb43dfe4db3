// mkfifo through the system tool (Node has no API for it).
import { spawnSync } from 'node:child_process';

export function mkfifoSync(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}
