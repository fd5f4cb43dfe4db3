// The repository's code files, for the searches a rule cannot do through imports (who assigns a global
// callback, which legacy region the back end uses). ProjectView offers no listing, so this walks the root itself:
// read-only, bounded, skipping dependencies, build output, dot-folders and minified files, cached for a few
// seconds so that one run walks the tree once.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_EXTENSIONS, extensionOf } from '../engine/file-kinds.js';

const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', 'coverage', 'vendor', 'out']);
const MAX_FILES = 5000;
const MAX_BYTES = 512 * 1024;
const listings = new Map<string, { at: number; files: string[] }>();

/** Code files under `root` (bounded, cached for a few seconds so one run walks the tree once). */
export function codeFiles(root: string): string[] {
  const hit = listings.get(root);
  if (hit && Date.now() - hit.at < 10_000) return hit.files;
  const files: string[] = [];
  const walk = (dir: string): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (files.length >= MAX_FILES) return;
      if (e.name.startsWith('.')) continue;
      const abs = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(abs);
      } else if (e.isFile() && CODE_EXTENSIONS.includes(extensionOf(e.name)) && !/\.min\.js$/.test(e.name)) {
        try {
          if (statSync(abs).size <= MAX_BYTES) files.push(abs);
        } catch {
          /* vanished */
        }
      }
    }
  };
  walk(root);
  listings.set(root, { at: Date.now(), files });
  return files;
}
