// Build step (npm run build): write each registry rule's id, kinds and prefilter strings next to the compiled
// rules, so a run can start reading and prefiltering files before it loads the rules (codemods/engine/early-scan.ts).
import { writeFileSync } from 'node:fs';
import { rules } from '../codemods/rules/index.js';
import { PREFILTER_MANIFEST } from '../codemods/engine/early-scan.js';

writeFileSync(PREFILTER_MANIFEST, `${JSON.stringify(rules.map(({ id, kinds, prefilter }) => ({ id, kinds, prefilter })))}\n`);
