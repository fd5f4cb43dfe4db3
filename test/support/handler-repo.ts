// Throwaway repositories for the iframe-event-handler tests, and one run of the rule on a file of one, with the
// external edits of other files applied first (the way the runner applies them).
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { transformText } from '../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../codemods/engine/project-view.js';
import { iframeEventHandler } from '../../codemods/rules/iframe-event-handler/index.js';
import type { ExternalEdits } from '../../codemods/engine/types.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

export function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'nvm-ieh-'));
  dirs.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

export function run(root: string, rel: string, pre?: ExternalEdits[]) {
  const abs = join(root, rel);
  return transformText({
    path: rel, absPath: abs, text: readFileSync(abs, 'utf8'), rules: [iframeEventHandler], project: createProjectView(root),
    pre: pre?.map((x) => ({ rule: iframeEventHandler.id, edits: x.edits, manual: x.manual })),
  });
}
