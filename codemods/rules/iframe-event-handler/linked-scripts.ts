// Local scripts a page loads with `<script src="…">`: they share the page's global scope, so a handler the
// page attaches may be defined there (`window.addEventListener('message', receiveMessage)` in the page,
// `function receiveMessage(event) {…}` in app.js). Remote, protocol-relative and templated sources are skipped.
import { dirname, resolve } from 'node:path';
import type { SourceFile } from '#ts-morph';
import { getAttribute } from '../../engine/embedded.js';
import type { ProjectView, RuleFile } from '../../engine/types.js';

export interface LinkedScript {
  sf: SourceFile;
  absPath: string;
}

export function linkedScripts(file: RuleFile, project: ProjectView): LinkedScript[] {
  const out: LinkedScript[] = [];
  if (file.kind !== 'html') return out;
  for (const el of file.html?.elements ?? []) {
    if (el.tagName !== 'script') continue;
    const src = getAttribute(el, 'src')?.trim();
    if (!src || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || /<%|\{\{|\$\{/.test(src)) continue;
    const clean = src.split(/[?#]/)[0] ?? '';
    const candidates = clean.startsWith('/')
      ? [resolve(dirname(file.absPath), `.${clean}`), resolve(project.root, `.${clean}`)]
      : [resolve(dirname(file.absPath), clean)];
    for (const abs of candidates) {
      const sf = project.fileExists(abs) ? project.getSourceFile(abs) : undefined;
      if (sf) {
        out.push({ sf, absPath: abs });
        break;
      }
    }
  }
  return out;
}
