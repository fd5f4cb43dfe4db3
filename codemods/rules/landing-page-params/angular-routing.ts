// Does Angular's router feed a component's inputs? Only then are inputs named transactionStatus and
// transactionReference the redirect's query parameters: a transfer badge or a ledger row declares the same inputs
// and its parent binds them (round-4 red team). Evidence, any of:
// - the component's file names Jumio, or says the router binds inputs (`withComponentInputBinding`,
//   `bindToComponentInputs`) — in code or in the comment that documents the route;
// - a route config of the repository routes to the class (`component: X`, `loadComponent: … m.X`, or a lazy
//   `import('./x.component')` of a default-exported class) and the repository opts in to input binding.
import { isDefaultExported } from '../../analysis/exports.js';
import { basename } from 'node:path';
import type { ClassDeclaration } from '#ts-morph';
import type { ProjectView } from '../../engine/types.js';
import { codeFiles } from '../../analysis/repo-files.js';
import { withoutMarkers } from '../../engine/markers.js';
import { mentionsJumio } from '../../analysis-frontend/syntax.js';

const OPT_IN = /\bwithComponentInputBinding\b|\bbindToComponentInputs\s*:\s*true\b/;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text of a route config that routes to `cls`. */
function routePattern(cls: ClassDeclaration, absPath: string): RegExp | undefined {
  const name = cls.getName();
  if (!name) return undefined;
  const alts = [`\\bcomponent\\s*:\\s*${name}\\b`, `\\bloadComponent\\s*:[^;]{0,200}?\\.${name}\\b`];
  if (isDefaultExported(cls)) {
    const file = basename(absPath).replace(/\.[jt]s$/, '');
    alts.push(`\\bloadComponent\\s*:\\s*(?:async\\s*)?\\(\\)\\s*=>\\s*import\\(\\s*['"][^'"]*\\b${escape(file)}(?:\\.[jt]s)?['"]`);
  }
  return new RegExp(alts.join('|'));
}

/** Whether the router binds query parameters to `cls`'s inputs (see the file comment). */
export function routerFeedsInputs(cls: ClassDeclaration, project: ProjectView, absPath: string): boolean {
  const own = withoutMarkers(cls.getSourceFile().getFullText());
  if (mentionsJumio(own) || OPT_IN.test(own)) return true;
  const routes = routePattern(cls, absPath);
  if (!routes) return false;
  let routed = false;
  let optIn = false;
  for (const abs of codeFiles(project.root)) {
    const text = project.readFile(abs);
    if (!text) continue;
    routed ||= routes.test(text);
    optIn ||= OPT_IN.test(text);
    if (routed && optIn) return true;
  }
  return false;
}
