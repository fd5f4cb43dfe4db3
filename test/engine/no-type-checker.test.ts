// The engine's promise: no type checker unless a rule asks for one (none does). A ts-morph call that needs symbols
// (isExported(), getSymbol(), getType()) builds a program and a checker for the file — ~2.5 ms each, a tenth of the
// 10,000-file benchmark when one slipped into a rule run on every legacy file (edge-runtime.ts, session 7).
// Every fixture input of every rule and every hold-out file runs through all the rules here, with the creation of
// ts-morph's Program watched.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tsMorph from 'ts-morph';
import { Project } from '#ts-morph';
import { transformText } from '../../codemods/engine/run-on-text.js';
import { kindOf } from '../../codemods/engine/file-kinds.js';
import { createProjectView } from '../../codemods/engine/project-view.js';
import { rules } from '../../codemods/rules/index.js';

const RULES_DIR = resolve(import.meta.dirname, '../../codemods/rules');
// ts-morph builds the compiler's program (and then its checker) in Program#compilerObject, on first need.
const proto = tsMorph.Program.prototype as object;
const original = Object.getOwnPropertyDescriptor(proto, 'compilerObject')!;
let programs: string[] = [];

beforeAll(() => {
  Object.defineProperty(proto, 'compilerObject', {
    configurable: true,
    get(this: unknown) {
      programs.push(new Error().stack ?? '');
      return original.get!.call(this);
    },
  });
});
afterAll(() => {
  Object.defineProperty(proto, 'compilerObject', original);
});

describe('no type checker in a rule run', () => {
  it('the watch sees a checker when one is built (the test can fail)', () => {
    programs = [];
    const sf = new Project({ useInMemoryFileSystem: true }).createSourceFile('/a.ts', 'function f() {}\nexport { f };');
    expect(sf.getFunctions()[0]!.isExported()).toBe(true);
    expect(programs.length).toBeGreaterThan(0);
  });

  it('every fixture input of every rule runs without building a program', () => {
    programs = [];
    let files = 0;
    for (const rule of readdirSync(RULES_DIR)) {
      const dir = join(RULES_DIR, rule, '__testfixtures__');
      let names: string[];
      try {
        names = readdirSync(dir).filter((f) => /\.input\.[a-z]+$/.test(f));
      } catch {
        continue;
      }
      const project = createProjectView(dir);
      for (const name of names) {
        transformText({ path: name, absPath: join(dir, name), text: readFileSync(join(dir, name), 'utf8'), rules, project });
        files++;
      }
    }
    // And every file of the hold-out corpora (customer-style code the fixtures may not reach).
    const HOLDOUT = resolve(import.meta.dirname, '../holdout');
    for (const corpus of readdirSync(HOLDOUT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const dir = join(HOLDOUT, corpus.name);
      const project = createProjectView(dir);
      for (const name of readdirSync(dir).filter((f) => kindOf(f) !== undefined)) {
        transformText({ path: name, absPath: join(dir, name), text: readFileSync(join(dir, name), 'utf8'), rules, project });
        files++;
      }
    }
    expect(files).toBeGreaterThan(1000);
    // Where in our code each program was asked for (the first frame outside node_modules and this test).
    const sites = [...new Set(programs.map((st) => st.split('\n').find((l) => /codemods\//.test(l) && !l.includes('node_modules'))?.trim()))];
    expect(sites).toEqual([]);
    // One pass of every rule over ~1,500 files: ~15 s alone, over 30 s on a loaded 2-core machine.
  }, 180_000);
});
