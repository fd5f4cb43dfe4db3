// Pages whose inline <script> holds server-side template tags (JSP/EJS/Handlebars): the engine does not offer such
// a block to rules (it does not parse), so the front-end rules parse it themselves with the tags masked
// (codemods/analysis-frontend/templated-scripts.ts). These pairs cannot live in __testfixtures__: the fixture
// harness requires every inline script of an input to parse. Same checks as the harness otherwise, with "parses"
// meaning "no more broken inline scripts than the input" (what the engine itself enforces).
// Files: <rule>--<case>.input.<ext> and <rule>--<case>.output.<ext>.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntaxProblems, transformText } from '../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../codemods/engine/project-view.js';
import { findRule } from '../../codemods/rules/index.js';

const DIR = resolve(import.meta.dirname, 'frontend-templated');
const project = createProjectView(DIR);
const toCrlf = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');

for (const file of readdirSync(DIR).sort()) {
  const m = /^([a-z-]+)--(.+)\.input\.([a-z]+)$/.exec(file);
  if (!m) continue;
  const [, ruleId, name, ext] = m;
  const input = readFileSync(join(DIR, file), 'utf8');
  const expected = readFileSync(join(DIR, `${ruleId}--${name}.output.${ext}`), 'utf8');
  const run = (text: string) => transformText({ path: file, absPath: join(DIR, file), text, rules: [findRule(ruleId!)!], project });

  describe(`${ruleId}: ${name}`, () => {
    it('the input has a script block the engine cannot parse (what this case is about)', () => {
      expect(syntaxProblems(file, input)?.brokenBlocks).toBeGreaterThan(0);
    });
    it('produces the expected output, breaks no further script, and a rerun changes nothing', () => {
      const r = run(input);
      expect(r.error).toBeUndefined();
      expect(r.output).toBe(expected);
      expect(syntaxProblems(file, r.output)?.brokenBlocks).toBe(syntaxProblems(file, input)?.brokenBlocks);
      const again = run(expected);
      expect(again.error).toBeUndefined();
      expect(again.output).toBe(expected);
    });
    it('CRLF and BOM variants', () => {
      expect(run(toCrlf(input)).output).toBe(toCrlf(expected));
      expect(run('\uFEFF' + input).output).toBe('\uFEFF' + expected);
    });
  });
}
