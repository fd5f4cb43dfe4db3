// Rewrites the generated mapping block of MIGRATION.md from api/ (run: npm run docs).
import { readFileSync, writeFileSync } from 'node:fs';
import { withGeneratedBlock } from '../api/mapping-doc.js';

const file = new URL('../../MIGRATION.md', import.meta.url);
writeFileSync(file, withGeneratedBlock(readFileSync(file, 'utf8')));
