// CLI tests run the compiled CLI (bin/netverify-migrate.js → dist/). Build once when dist is missing or older
// than the sources the tests exercise (`npm test` builds first, so this is usually a no-op).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../../', import.meta.url).pathname;

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : e.name.endsWith('.ts') ? statSync(p).mtimeMs : 0);
  }
  return t;
}

export function ensureBuilt(): string {
  const cli = join(ROOT, 'dist/cli/index.js');
  const marker = join(ROOT, 'dist/shim/proxy/server.js');
  const src = Math.max(newest(join(ROOT, 'shim')), newest(join(ROOT, 'emulator')), newest(join(ROOT, 'cli')), newest(join(ROOT, 'api')));
  if (!existsSync(cli) || !existsSync(marker) || statSync(marker).mtimeMs < src || statSync(cli).mtimeMs < src) {
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'pipe' });
    } catch {
      // tsc exits non-zero on type errors elsewhere but still emits; the existence check below decides.
    }
  }
  if (!existsSync(cli)) throw new Error('dist/cli/index.js was not built');
  return join(ROOT, 'bin/netverify-migrate.js');
}

export { ROOT };
