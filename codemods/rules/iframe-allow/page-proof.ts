// "A page with a proven Jumio message handler": one of the page's own scripts (inline blocks, the SFC's
// <script>, local `<script src>` files) attaches a `message` handler that the front-end analysis proves to
// handle Jumio web-client events (codemods/analysis-frontend decides; this adds the page's linked scripts).
import type { Node, SourceFile } from '#ts-morph';
import type { RuleContext, RuleFile } from '../../engine/types.js';
import { getAttribute } from '../../engine/embedded.js';
import { fileFramesCamera, markupMessageHandlerNames, provenJumioHandlers, scriptFramesCamera } from '../../analysis-frontend/index.js';
import { basename, dirname, resolve } from 'node:path';
import { releaseTemplatedBlocks, templatedScriptBlocks } from '../../analysis-frontend/templated-scripts.js';
import { attributeScriptBlocks, releaseAttributeBlocks } from '../../analysis-frontend/attribute-scripts.js';
import { usesImportedJumioHandler } from './imported-handlers.js';
import { receivesHandedOffEvents } from './handoff-target.js';

function provenIn(sf: SourceFile, globals: readonly SourceFile[], ctx: RuleContext, absPath: string, cameraFrame: boolean, markupHandlers?: readonly string[]): boolean {
  return provenJumioHandlers(sf, { globals, project: ctx.project, absPath, cameraFrame, markupHandlers }).length > 0;
}

/** Folders a server serves at `/` (express.static('public'), Flask/Django `static`, ASP.NET `wwwroot`…). */
const STATIC_DIRS = ['', 'public', 'static', 'assets', 'www', 'wwwroot', 'web'];

/** Where a root-relative `/js/x.js` can be on disk: under the page's folder or any folder above it up to the
 * project root, directly or in one of its static folders (a view in `apps/web/views/` served with
 * `apps/web/public/`). */
function rootRelativeCandidates(src: string, page: string, root: string): string[] {
  const out: string[] = [];
  const top = resolve(root);
  for (let dir = dirname(page); ; dir = dirname(dir)) {
    for (const s of STATIC_DIRS) out.push(resolve(dir, s, '.' + src));
    if (dir === top || dirname(dir) === dir || !dir.startsWith(top)) break;
  }
  return out;
}

/** Local scripts a page loads with `<script src="…">` (relative or root-relative paths inside the project). */
function linkedScripts(file: RuleFile, ctx: RuleContext): { sf: SourceFile; absPath: string }[] {
  const out: { sf: SourceFile; absPath: string }[] = [];
  if (file.kind !== 'html') return out;
  for (const el of file.html?.elements ?? []) {
    if (el.tagName !== 'script') continue;
    const src = getAttribute(el, 'src')?.trim();
    if (!src || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || /<%|\{\{|\$\{/.test(src)) continue;
    const clean = src.split(/[?#]/)[0]!;
    const abs = clean.startsWith('/') ? undefined : resolve(dirname(file.absPath), clean);
    const candidates = abs ? [abs] : rootRelativeCandidates(clean, file.absPath, ctx.project.root);
    for (const p of candidates) {
      const sf = ctx.project.fileExists(p) ? ctx.project.getSourceFile(p) : undefined;
      if (sf) {
        out.push({ sf, absPath: p });
        break;
      }
    }
  }
  return out;
}

/** The component whose view `x.html` is: Angular's `x.component.ts` naming it in `templateUrl`; the `x.ts` / `x.js`
 * beside it that imports it (`import template from './x.html'`, Aurelia 2 and bundler templates) or is an Aurelia
 * element or a Salesforce Lightning Web Component (importing 'lwc'), whose view is the same-named .html by convention
 * (round-8 and round-16 hold-outs); a Meteor Blaze script importing its view for the side effect. */
function componentOfTemplate(file: RuleFile, ctx: RuleContext): { sf: SourceFile; absPath: string } | undefined {
  if (file.kind !== 'html' || !/\.html?$/.test(file.absPath)) return undefined;
  const name = basename(file.absPath).replace(/[.]/g, '\\.');
  // The file's name as a whole path segment: './kyc-step.html', not './other-kyc-step.html'.
  // A side-effect import (`import './x.html'`, Meteor Blaze registering its templates) counts too (round-19 hold-out).
  const names = new RegExp(`(templateUrl\\s*:|from|\\bimport|require\\()\\s*['"\`](?:[^'"\`]*/)?${name}['"\`]`);
  for (const ext of ['.ts', '.js']) {
    const p = file.absPath.replace(/\.html?$/, ext);
    const text = ctx.project.fileExists(p) ? ctx.project.readFile(p) : undefined;
    if (!text || !(names.test(text) || /from\s+['"](aurelia|aurelia-framework|@aurelia\/[\w-]+|lwc)['"]/.test(text))) continue;
    const sf = ctx.project.getSourceFile(p);
    if (sf) return { sf, absPath: p };
  }
  return undefined;
}

/** Ember: a co-located component template `x.hbs` belongs to the class in `x.js` / `x.ts` beside it. */
function emberComponentOfTemplate(file: RuleFile, ctx: RuleContext): { sf: SourceFile; absPath: string } | undefined {
  if (!/\.hbs$/.test(file.absPath)) return undefined;
  for (const ext of ['.js', '.ts']) {
    const p = file.absPath.replace(/\.hbs$/, ext);
    const text = ctx.project.fileExists(p) ? ctx.project.readFile(p) : undefined;
    if (!text || !/from\s+['"]@(glimmer|ember)\/component['"]/.test(text)) continue;
    const sf = ctx.project.getSourceFile(p);
    if (sf) return { sf, absPath: p };
  }
  return undefined;
}

const STIMULUS_DIRS = ['.', 'app/javascript/controllers', 'app/frontend/controllers', 'app/assets/javascripts/controllers', 'controllers'];

/** Stimulus (Hotwire): `data-controller="kyc"` on the page's markup mounts the controller of `kyc_controller.js`
 * (`admin--kyc` → `admin/kyc_controller.js`), beside the page or in the usual controllers folders. */
function stimulusControllers(file: RuleFile, ctx: RuleContext): { sf: SourceFile; absPath: string }[] {
  const out: { sf: SourceFile; absPath: string }[] = [];
  if (file.kind !== 'html') return out;
  const ids = new Set((file.html?.elements ?? []).flatMap((el) => (getAttribute(el, 'data-controller') ?? '').split(/\s+/)).filter((id) => /^[a-z0-9-]+$/i.test(id)));
  for (const id of ids) {
    const rel = id.replace(/--/g, '/');
    const names = [...new Set([rel.replace(/-/g, '_'), rel])];
    const found = STIMULUS_DIRS.flatMap((d) => names.flatMap((n) => ['_controller.js', '_controller.ts', '-controller.js', '-controller.ts']
      .map((suffix) => resolve(d === '.' ? dirname(file.absPath) : resolve(ctx.project.root, d), `${n}${suffix}`))))
      .find((p) => ctx.project.fileExists(p) && /from\s+['"](@hotwired\/stimulus|stimulus)['"]/.test(ctx.project.readFile(p) ?? ''));
    const sf = found ? ctx.project.getSourceFile(found) : undefined;
    if (sf && found) out.push({ sf, absPath: found });
  }
  return out;
}

/** Where the file's own script blocks attach a proven Jumio handler (the attaching call or assignment, and the
 * handler function): dom-frames.ts asks whether an element's allow is set beside it. */
export function provenHandlerSites(file: RuleFile, ctx: RuleContext): Node[] {
  const globals = file.scripts.map((s) => s.sourceFile);
  const cameraFrame = fileFramesCamera(file, ctx.project);
  const markupHandlers = markupMessageHandlerNames(file);
  return file.scripts.flatMap((s) => provenJumioHandlers(s.sourceFile, { globals, project: ctx.project, absPath: file.absPath, cameraFrame, markupHandlers }))
    .filter((h) => !h.externalPath).flatMap((h) => [h.attach, h.fn]);
}

export function pageHasJumioHandler(file: RuleFile, ctx: RuleContext): boolean {
  // Inline scripts with server template tags count too (parsed with the tags masked).
  // And Alpine code inline in markup attributes (x-init, @message.window).
  const own = [...file.scripts, ...templatedScriptBlocks(file), ...attributeScriptBlocks(file)].map((s) => s.sourceFile);
  const component = componentOfTemplate(file, ctx) ?? emberComponentOfTemplate(file, ctx);
  const linked = [...linkedScripts(file, ctx), ...stimulusControllers(file, ctx), ...(component ? [component] : [])];
  const globals = [...own, ...linked.map((l) => l.sf)];
  // The page frames a camera iframe (the web client's required allow): one point of proof (analysis-frontend).
  const cameraFrame = fileFramesCamera(file, ctx.project) || linked.some((l) => scriptFramesCamera(l.sf, l.absPath, ctx.project));
  try {
    // Handlers the page's markup attaches (Alpine, <svelte:window>) are looked for in its own scripts.
    const markupHandlers = markupMessageHandlerNames(file);
    if (own.some((sf) => provenIn(sf, globals, ctx, file.absPath, cameraFrame, markupHandlers))) return true;
    // The linked scripts and controllers (the markup's names too: a Stimulus `message@window->kyc#receive` action),
    // and a hook, mixin or composable the component imports and uses, whose declaration attaches the handler.
    // Or a global callback of the page that a proven handler in another file hands the event to (handoff-target.ts).
    return linked.some((l) => provenIn(l.sf, globals, ctx, l.absPath, cameraFrame, markupHandlers)) || usesImportedJumioHandler(file, ctx, cameraFrame)
      || receivesHandedOffEvents(file, ctx);
  } finally {
    releaseTemplatedBlocks();
    releaseAttributeBlocks();
  }
}
