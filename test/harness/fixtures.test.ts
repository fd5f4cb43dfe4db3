// The fixture harness. Every codemods/rules/<rule>/__testfixtures__/<case>.input.<ext> is run through that one
// rule with transformText (exactly what the runner does to a file) and a ProjectView rooted at the fixture folder,
// so a fixture may import a sibling support file (any file that is not *.input.* / *.output.*).
// Expected: <case>.output.<ext>; no output file means the input must come back byte-identical.
// Each fixture is also checked automatically: CRLF variant, BOM variant, a second run changes nothing, the
// output parses, and the run reports no error.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntaxProblems, transformText } from '../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../codemods/engine/project-view.js';
import type { Rule } from '../../codemods/engine/types.js';

const RULES_DIR = resolve(import.meta.dirname, '../../codemods/rules');

interface Fixture {
  name: string;
  dir: string;
  inputPath: string;
  outputPath?: string;
  ext: string;
}

function discover(): Map<string, Fixture[]> {
  const out = new Map<string, Fixture[]>();
  for (const ruleDir of readdirSync(RULES_DIR).sort()) {
    const dir = join(RULES_DIR, ruleDir, '__testfixtures__');
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    const cases: Fixture[] = [];
    for (const file of readdirSync(dir).sort()) {
      const m = /^(.+?)\.input\.([a-z0-9]+(?:\.erb)?)$/.exec(file);
      if (!m) continue;
      const outputPath = join(dir, `${m[1]}.output.${m[2]}`);
      cases.push({
        name: m[1], dir, ext: m[2], inputPath: join(dir, file),
        outputPath: existsSync(outputPath) ? outputPath : undefined,
      });
    }
    if (cases.length) out.set(ruleDir, cases);
  }
  return out;
}

function isRule(x: unknown, id: string): x is Rule {
  return !!x && typeof x === 'object' && (x as Rule).id === id && typeof (x as Rule).run === 'function';
}

async function loadRule(id: string): Promise<Rule> {
  const registry = await import('../../codemods/rules/index.js');
  const registered = registry.findRule(id);
  if (registered) return registered;
  // Not registered yet: take the rule straight from its module.
  const mod = (await import(pathToFileURL(join(RULES_DIR, id, 'index.ts')).href)) as Record<string, unknown>;
  const found = Object.values(mod).find((v) => isRule(v, id));
  if (!found) throw new Error(`codemods/rules/${id}/index.ts exports no rule with id '${id}'`);
  return found as Rule;
}

function run(rule: Rule, f: Fixture, text: string) {
  const project = createProjectView(f.dir);
  return transformText({ path: `${f.name}.input.${f.ext}`, absPath: f.inputPath, text, rules: [rule], project });
}

const toCrlf = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');

for (const [ruleId, fixtures] of discover()) {
  describe(`rule ${ruleId}`, () => {
    let rule: Rule;
    beforeAll(async () => {
      rule = await loadRule(ruleId);
    });

    for (const f of fixtures) {
      describe(f.name, () => {
        const input = readFileSync(f.inputPath, 'utf8');
        const expected = f.outputPath ? readFileSync(f.outputPath, 'utf8') : input;

        it(f.outputPath ? 'produces the expected output' : 'leaves the file byte-identical', () => {
          const r = run(rule, f, input);
          expect(r.error).toBeUndefined();
          expect(r.output).toBe(expected);
          expect(r.changed).toBe(expected !== input);
        });

        it('second run changes nothing (idempotent, no duplicate markers)', () => {
          const r = run(rule, f, expected);
          expect(r.error).toBeUndefined();
          expect(r.output).toBe(expected);
          expect(r.changed).toBe(false);
        });

        it('output parses', () => {
          const before = syntaxProblems(`x.${f.ext}`, input);
          const after = syntaxProblems(`x.${f.ext}`, expected);
          expect(before, 'the fixture input itself must parse').toBeUndefined();
          expect(after).toBeUndefined();
        });

        it('CRLF variant gives the CRLF output', () => {
          const r = run(rule, f, toCrlf(input));
          expect(r.error).toBeUndefined();
          expect(r.output).toBe(toCrlf(expected));
        });

        it('BOM variant keeps the BOM', () => {
          const r = run(rule, f, '\uFEFF' + input);
          expect(r.error).toBeUndefined();
          expect(r.output).toBe('\uFEFF' + expected);
        });

        it('BOM + CRLF variant', () => {
          const r = run(rule, f, '\uFEFF' + toCrlf(input));
          expect(r.error).toBeUndefined();
          expect(r.output).toBe('\uFEFF' + toCrlf(expected));
        });
      });
    }
  });
}

// A harness with nothing to run would pass silently; make that visible instead.
it('discovers fixtures', () => {
  expect(discover().size).toBeGreaterThan(0);
});
