// The same rules as jscodeshift transforms, for teams that already run jscodeshift. Each transform runs the rule
// through transformText — exactly what `netverify-migrate codemod` does to one file (BOM/CRLF kept, markers,
// rollback when the output would not parse) — so results are identical; jscodeshift only supplies files.
//
//   npx jscodeshift -t node_modules/netverify-migrate/dist/codemods/jscodeshift/rule.js --rule=legacy-endpoint src/
//   npx jscodeshift -t node_modules/netverify-migrate/dist/codemods/jscodeshift/all.js src/
//
// jscodeshift's --extensions decides which files it sends (add html,vue if you want those too).
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { API, FileInfo } from 'jscodeshift';
import { rules as registry } from '../rules/index.js';
import { orderRules } from '../engine/load-rules.js';
import { transformText } from '../engine/run-on-text.js';
import { createProjectView } from '../engine/project-view.js';
import { gitTopLevel } from '../engine/git.js';
import { createFileAtomically } from '../engine/apply.js';
import type { ProjectView, Rule } from '../engine/types.js';

export type JscodeshiftTransform = (file: FileInfo, api: API, options?: Record<string, unknown>) => string | undefined;

const views = new Map<string, ProjectView>();
function viewFor(absPath: string): ProjectView {
  const root = gitTopLevel(dirname(absPath)) ?? process.cwd();
  let v = views.get(root);
  if (!v) views.set(root, (v = createProjectView(root)));
  return v;
}

/** A jscodeshift transform running `rules` (in engine order) on each file. */
export function createTransform(rules: readonly Rule[]): JscodeshiftTransform {
  const ordered = orderRules(rules);
  return (file, api, options) => {
    const absPath = resolve(file.path);
    const r = transformText({
      path: relative(process.cwd(), absPath).split('\\').join('/'), absPath, text: file.source, rules: ordered, project: viewFor(absPath),
    });
    if (r.error) throw new Error(r.error); // jscodeshift counts it as an error; the file is not written
    // The migration also edits another file (a response type, a handler module): jscodeshift gives one file at a time,
    // and half of a cross-file change must never be written — as the CLI rolls such a file back.
    if (r.external.length) {
      const others = [...new Set(r.external.map((x) => relative(process.cwd(), x.absPath)))].join(', ');
      throw new Error(`its migration also edits ${others}, which a jscodeshift transform cannot do: run \`netverify-migrate codemod\` on a path that holds both`);
    }
    for (const m of r.manual) api.report(`${file.path}:${m.line} ${m.rule}: ${m.message}`);
    // The modules a rule writes (the KYX auth helper) are created here, as `--write` does: jscodeshift only writes the
    // file it handed over, and the migrated file imports them. Not in a dry run (-d).
    if (r.changed && !options?.dry) {
      for (const f of r.newFiles) if (createIfAbsent(f.absPath, f.text)) api.report(`created ${relative(process.cwd(), f.absPath)} (${f.message})`);
    }
    return r.changed ? r.output : undefined;
  };
}

/** Create the module unless a file is there (another jscodeshift worker may have created it first). */
function createIfAbsent(absPath: string, text: string): boolean {
  if (existsSync(absPath)) return false;
  try {
    createFileAtomically(absPath, text);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

export function findRuleOrThrow(id: string): Rule {
  const rule = registry.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown rule id: ${id} (known: ${registry.map((r) => r.id).join(', ')})`);
  return rule;
}

/** One transform per rule id. */
export const transforms: Readonly<Record<string, JscodeshiftTransform>> = Object.fromEntries(
  registry.map((r) => [r.id, createTransform([r])]),
);

/** All rules in engine order. */
export const allRules: JscodeshiftTransform = createTransform(registry);
