// Page proof by hand-off: the page's script assigns a global callback (`window.onJumioResult = (data) => …`) that a
// proven Jumio message handler in another file of the repository calls with the parsed event — gcox-web's kyc.vue,
// whose frame (`<iframe :src="redirect_url" allow="camera">`) shows the web client while index.html listens for
// its messages and hands them to the component. The component is then a page with a proven handler.
import { Node } from '#ts-morph';
import type { RuleContext, RuleFile } from '../../engine/types.js';
import { provenJumioHandlers } from '../../analysis-frontend/index.js';
import { isGlobalObject, memberName, memberObject, unwrap } from '../../analysis-frontend/syntax.js';
import { filesMentioning, plainAssignments, repoScripts } from '../iframe-event-handler/handoff.js';

/** Names the file's scripts assign on the global object (`window.X = …`, `self.X`, `globalThis.X`). */
function globalCallbackNames(file: RuleFile): Set<string> {
  const names = new Set<string>();
  for (const block of file.scripts) {
    for (const bin of plainAssignments(block.sourceFile)) {
      const left = unwrap(bin.getLeft());
      const name = memberName(left);
      const obj = memberObject(left);
      const right = unwrap(bin.getRight());
      if (name && obj && isGlobalObject(obj) && (Node.isArrowFunction(right) || Node.isFunctionExpression(right) || Node.isIdentifier(right))) names.add(name);
    }
  }
  return names;
}

/** Does a proven Jumio handler elsewhere in the repository hand its parsed event to a callback this file assigns? */
export function receivesHandedOffEvents(file: RuleFile, ctx: RuleContext): boolean {
  for (const name of globalCallbackNames(file)) {
    for (const abs of filesMentioning(ctx.project, name)) {
      if (abs === file.absPath) continue;
      const blocks = repoScripts(abs, ctx.project);
      const globals = blocks.map((b) => b.sf);
      for (const b of blocks) {
        const handlers = provenJumioHandlers(b.sf, { globals, project: ctx.project, absPath: abs });
        if (handlers.some((h) => h.data.handoffs.some((x) => x.name === name))) return true;
      }
    }
  }
  return false;
}
