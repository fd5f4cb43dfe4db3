// A legacy initiate in a Vue or Svelte component's own <script> is never migrated in place (it is browser code, or
// bundled with it: the item at the call says to move it to the back end). Its response may be read by the
// component's markup (`{{ session.redirectUrl }}`, `:src="r.redirectUrl"`, `{jumio.transactionReference}`): reads
// the call's item does not point at, which change with the call once it runs on KYX. The response is followed as
// a migration would follow it (on a scratch edit set, nothing of it is kept) and each markup read it would rewrite
// gets an item of its own.
import { Node } from '#ts-morph';
import { EditSet } from './edit-set.js';
import type { FileMigration } from './file-migration.js';
import type { HttpCall } from './http-calls.js';
import { registerOwnComponent } from './importer-parse.js';
import { refOf } from './nuxt-route-consumers.js';
import { ResponseFlow } from './response-flow.js';
import { astroFrontmatter } from '../engine/astro-view.js';

/** An Astro page's frontmatter is migrated in place (server code): its template reads the frontmatter's top-level
 * names (`<iframe src={data.redirectUrl}>`), so the response flow is told the template's code (markup-reads.ts) and
 * rewrites such a read with the script's, or leaves the value with an item when the template uses it otherwise. */
export function registerAstroTemplate(fm: FileMigration): void {
  const { file, block } = fm;
  if (file.kind === 'astro' && file.html && block.offset === astroFrontmatter(file.text)?.start) registerOwnComponent(block.sourceFile, file.text, 'astro', file.html, block.offset);
}

export function flagOwnMarkupReads(fm: FileMigration, http: HttpCall): void {
  const { file, block, evalCtx } = fm;
  if ((file.kind !== 'vue' && file.kind !== 'svelte') || !file.html) return;
  registerOwnComponent(block.sourceFile, file.text, file.kind, file.html, block.offset);
  const scratch = new EditSet(block.offset, (n) => (evalCtx.isMainFile(n) ? undefined : evalCtx.pathOf(n)));
  try {
    const flow = new ResponseFlow(http, evalCtx, scratch, { leavesMessage: '' });
    flow.run();
    // Nuxt: `const { data } = await useAsyncData('k', () => $fetch(…))` holds what the handler's ofetch call resolves to.
    const handler = http.call.getParent();
    const asyncData = handler?.getParent();
    if (http.response === 'request-promise' && http.jsonResponse && Node.isArrowFunction(handler) && handler.getBody() === http.call &&
        Node.isCallExpression(asyncData) && /^(useAsyncData|useLazyAsyncData)$/.test(asyncData.getExpression().getText()) && asyncData.getArguments().includes(handler)) {
      refOf(asyncData, block.sourceFile, { visit: (n) => flow.visit(n, 'data'), bind: () => undefined, leaves: () => undefined }, scratch);
    }
  } catch {
    return; // a shape the flow cannot analyse: the call's own item stands alone
  }
  const inScript = (pos: number): boolean => file.scripts.some((s) => pos >= s.offset && pos <= s.offset + s.sourceFile.getEnd());
  const line = http.call.getStartLineNumber() + file.text.slice(0, block.offset).split('\n').length - 1;
  for (const e of scratch.edits) {
    const path = /^response read: (.+)$/.exec(e.message)?.[1];
    if (!path || inScript(e.start)) continue;
    fm.edits.manual.push({
      pos: e.start,
      message: `the markup reads ${file.text.slice(e.start, e.end)} of the legacy initiate response of line ${line}: once that call runs on your back end and is migrated to KYX, read ${path}`,
    });
  }
}
