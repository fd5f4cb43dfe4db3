// React Router v7 framework mode declares its routes in `app/routes.ts` (page-routes.ts asks here first): the default
// export is an array of `route(path, file, children?)`, `index(file)`, `layout(file, children)` and
// `...prefix(path, children)` from '@react-router/dev/routes' (also renamed on import, also `satisfies RouteConfig` or
// through a const); a child's path continues its parent's. The files are relative to the config's folder. A path's
// `:id` is a parameter, `:id?` / `en?` optional, `*` a splat. Entries the codemod cannot read (`...(await
// flatRoutes())`, a computed path) declare nothing here: fs routes stay page-routes.ts's.
import * as path from 'node:path';
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import type { ProjectView } from '../../engine/types.js';
import { stringValue, unwrap } from '../../analysis-frontend/syntax.js';
import type { Segment } from './page-routes.js';

const HELPERS = '@react-router/dev/routes';
const CONFIG_NAMES = ['routes.ts', 'routes.js', 'routes.mts', 'routes.mjs'];

/** Route module (absolute path) → its URL path as written in the config (`kyc/:id/done`). */
type Declared = Map<string, string>;
const cache = new WeakMap<ProjectView, Map<string, Declared | undefined>>();

/** The config of the app folder `appDir` (cached per view), or undefined when it has none. */
export function declaredRoutes(project: ProjectView, appDir: string): Declared | undefined {
  let byDir = cache.get(project);
  if (!byDir) cache.set(project, (byDir = new Map()));
  if (byDir.has(appDir)) return byDir.get(appDir);
  const file = CONFIG_NAMES.map((n) => path.join(appDir, n)).find((f) => project.fileExists(f));
  const sf = file && /@react-router\/dev\/routes/.test(project.readFile(file) ?? '') ? project.getSourceFile(file) : undefined;
  const out = sf ? readConfig(sf, appDir) : undefined;
  byDir.set(appDir, out);
  return out;
}

/** Local name → helper name, for the helpers imported from '@react-router/dev/routes'. */
function helperNames(sf: SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const imp of sf.getImportDeclarations()) {
    if (imp.getModuleSpecifierValue() !== HELPERS) continue;
    for (const n of imp.getNamedImports()) out.set(n.getAliasNode()?.getText() ?? n.getName(), n.getName());
  }
  return out;
}

function readConfig(sf: SourceFile, appDir: string): Declared {
  const out: Declared = new Map();
  const helpers = helperNames(sf);
  const exported = sf.getExportAssignment((e) => !e.isExportEquals())?.getExpression();
  const list = exported && arrayOf(exported);
  const visit = (elements: readonly Node[], prefix: string, depth: number): void => {
    if (depth > 10) return;
    for (const raw of elements) {
      const spread = Node.isSpreadElement(raw);
      const call = unwrap(spread ? raw.getExpression() : raw);
      if (!Node.isCallExpression(call)) continue;
      const helper = Node.isIdentifier(call.getExpression()) ? helpers.get(call.getExpression().getText()) : undefined;
      const args = call.getArguments();
      const children = (n: Node | undefined): readonly Node[] => (n && arrayOf(n)?.getElements()) ?? [];
      const declare = (file: Node | undefined, at: string): void => {
        const rel = stringValue(file);
        if (rel !== undefined) out.set(path.resolve(appDir, rel), at);
      };
      if (helper === 'index' && !spread) declare(args[0], prefix);
      else if (helper === 'route' && !spread) {
        const p = stringValue(args[0]);
        if (p === undefined) continue;
        const at = join(prefix, p);
        declare(args[1], at);
        visit(children(args[2] && Node.isArrayLiteralExpression(unwrap(args[2])) ? args[2] : args[3]), at, depth + 1);
      } else if (helper === 'layout' && !spread) {
        visit(children(args[1] && Node.isArrayLiteralExpression(unwrap(args[1])) ? args[1] : args[2]), prefix, depth + 1);
      } else if (helper === 'prefix') {
        const p = stringValue(args[0]);
        if (p !== undefined) visit(children(args[1]), join(prefix, p), depth + 1);
      }
    }
  };
  if (list) visit(list.getElements(), '', 0);
  return out;
}

const join = (a: string, b: string): string => [a, b].map((s) => s.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');

/** The array literal an expression is: written in place, `[…] satisfies RouteConfig`, or a const holding one. */
function arrayOf(n: Node): import('ts-morph').ArrayLiteralExpression | undefined {
  let e = unwrap(n);
  if (Node.isSatisfiesExpression(e)) e = unwrap(e.getExpression());
  if (Node.isIdentifier(e)) {
    const decl = e.getSourceFile().getVariableDeclaration(e.getText());
    const init = decl?.getInitializer();
    e = init ? unwrap(init) : e;
    if (Node.isSatisfiesExpression(e)) e = unwrap(e.getExpression());
  }
  return e.asKind(SyntaxKind.ArrayLiteralExpression);
}

/** One segment of a config path, undefined when it is not understood. */
export function configSegment(s: string): Segment | undefined {
  if (s === '*') return { kind: 'rest', optional: true };
  const optional = s.endsWith('?');
  const t = optional ? s.slice(0, -1) : s;
  if (/^:[\w-]+$/.test(t)) return { kind: optional ? 'optional' : 'param' };
  if (!t || /[:*?]/.test(t)) return undefined;
  return optional ? { kind: 'optional', text: t } : { kind: 'static', text: t };
}
