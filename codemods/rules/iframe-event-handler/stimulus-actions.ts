// Stimulus (Hotwire) attaches controller methods from the views: `data-action="message@window->kyc#onMessage"` on an
// element of a page listens for window messages and calls `onMessage` of the `kyc` controller (kyc_controller.js;
// `admin/identity_check_controller.js` is `admin--identity-check`). The controller file attaches nothing itself, so
// its methods named in the repository's views are its markup handlers (round-6 hold-out: such a controller was left
// silent unless the method checked the origin). The view's own names come from markupMessageHandlerNames.
import type { ProjectView } from '../../engine/types.js';
import { codeFiles } from './repo-files.js';

const STIMULUS_IMPORT = /from\s+['"](@hotwired\/stimulus|stimulus)['"]/;

/** The Stimulus identifier of a controller file, or undefined when the file is not one. */
function controllerIdentifier(absPath: string, text: string): string | undefined {
  if (!STIMULUS_IMPORT.test(text)) return undefined;
  const m = /(?:^|\/)controllers\/(.+?)[_-]controller\.[jt]s$/.exec(absPath) ?? /(?:^|\/)([^/]+?)[_-]controller\.[jt]s$/.exec(absPath);
  return m ? m[1]!.replace(/\//g, '--').replace(/_/g, '-') : undefined;
}

/** Methods of this controller that a view of the repository attaches to window messages. */
export function stimulusWindowActions(absPath: string, text: string, project: ProjectView): string[] {
  const id = controllerIdentifier(absPath, text);
  if (!id) return [];
  const action = new RegExp(`message@window->${id.replace(/[-]/g, '\\-')}#([A-Za-z_$][\\w$]*)`, 'g');
  const names = new Set<string>();
  for (const abs of codeFiles(project.root)) {
    const body = abs === absPath ? undefined : project.readFile(abs);
    if (!body?.includes('message@window->')) continue;
    for (const m of body.matchAll(action)) names.add(m[1]!);
  }
  return [...names];
}
