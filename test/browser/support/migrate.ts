// Migrates a copy of the legacy app's front end with the real engine: every registered rule, in the
// registry's order, through transformText — what `netverify-migrate codemod --write` does to each file.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformText, type ReportItem } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { rules } from '../../../codemods/rules/index.js';

export interface MigratedFile {
  path: string;
  changed: boolean;
  edits: ReportItem[];
  manual: ReportItem[];
  error?: string;
}

export function copyDir(src: string, label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `nvm-browser-${label}-`));
  cpSync(src, dir, { recursive: true });
  return dir;
}

export function migrateDir(dir: string): MigratedFile[] {
  const project = createProjectView(dir);
  const out: MigratedFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(html|js)$/.test(name)) continue;
    const absPath = join(dir, name);
    const r = transformText({ path: name, absPath, text: readFileSync(absPath, 'utf8'), rules, project });
    if (r.changed) writeFileSync(absPath, r.output);
    out.push({ path: name, changed: r.changed, edits: r.edits, manual: r.manual, error: r.error });
  }
  return out;
}
