import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_BEGIN, GENERATED_END, renderMappingDoc, withGeneratedBlock } from '../../api/mapping-doc.js';

describe('MIGRATION.md mapping tables come from api/', () => {
  const doc = readFileSync(new URL('../../MIGRATION.md', import.meta.url), 'utf8');

  it('the generated block equals what api/ renders now (run `npm run docs` after changing api/)', () => {
    expect(withGeneratedBlock(doc)).toBe(doc);
    expect(doc.slice(doc.indexOf(GENERATED_BEGIN), doc.indexOf(GENERATED_END))).toContain(renderMappingDoc());
  });

  it('renders the renames from the tables, not from prose', () => {
    const md = renderMappingDoc();
    expect(md).toContain('| `redirectUrl` | `web.href` |');
    expect(md).toContain('| event.data (renamed) | `transactionReference` | `workflowExecutionId` |');
    expect(md).toContain('`lon.netverify.com` | `emea-1` | `account.emea-1.jumio.ai`');
  });
});
