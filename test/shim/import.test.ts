import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatOf, importMappings, splitCsvLine } from '../../shim/import.js';
import { openStore } from '../../shim/store/open.js';
import type { Store } from '../../shim/store/types.js';

const A = '2f0b7d5e-1c1a-4d9b-9b43-6f3f5c2a1e01';
const C = '7a5e9c10-3b2d-4e8f-a1c4-0d9e8f7a6b52';

describe('shim import', () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shim-import-'));
    store = await openStore(`sqlite:${join(dir, 's.db')}`);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads CSV and reports rejects with their line numbers', async () => {
    const csv = [
      'enrollmentTransactionReference,accountId,credentialId,region',
      `enr-1,${A},${C},emea-1`,
      `enr-2,not-a-uuid,,`,
      '# a comment line',
      `"enr,3",${A},,EU`,
      `enr-1,${A},,`,
      `enr-4,${A},${C}`,
      `${'x'.repeat(37)},${A},,`,
      `enr-5,${A},,mars`,
    ].join('\n');
    const report = await importMappings(store, csv, 'csv', 'amer-1');
    expect(report.imported).toBe(2);
    expect(report.rejected).toEqual([
      { line: 3, reason: 'accountId must be a UUID' },
      { line: 6, reason: 'duplicate enrollmentReference (first on line 2)' },
      { line: 7, reason: 'expected 4 columns, found 3' },
      { line: 8, reason: 'enrollmentReference is longer than 36 characters' },
      { line: 9, reason: 'region mars is not amer-1, emea-1 or apac-1' },
    ]);
    expect(await store.getEnrollment('enr-1')).toEqual({ enrollmentReference: 'enr-1', accountId: A, credentialId: C, region: 'emea-1' });
    expect(await store.getEnrollment('enr,3')).toEqual({ enrollmentReference: 'enr,3', accountId: A, credentialId: null, region: 'emea-1' });
  });

  it('rejects a CSV without the required header columns', async () => {
    const report = await importMappings(store, `ref,account\nx,${A}`, 'csv');
    expect(report).toEqual({ imported: 0, rejected: [{ line: 1, reason: 'the header lacks enrollmentReference and accountId' }] });
  });

  it('loads a JSON array (line of each element) and JSON Lines', async () => {
    const json = `[\n  { "enrollmentReference": "j-1", "accountId": "${A}", "credentialId": "${C}" },\n  { "enrollmentReference": "j-2",\n    "accountId": 42 },\n  { "enrollmentReference": "j-3", "accountId": "${A}", "region": "apac-1" }\n]`;
    const report = await importMappings(store, json, 'json');
    expect(report).toEqual({ imported: 2, rejected: [{ line: 3, reason: 'accountId must be a UUID' }] });
    expect((await store.getEnrollment('j-3'))?.region).toBe('apac-1');
    const jsonl = `{"enrollmentReference":"l-1","accountId":"${A}"}\n{broken\n`;
    expect(await importMappings(store, jsonl, 'json')).toEqual({ imported: 1, rejected: [{ line: 2, reason: 'invalid JSON' }] });
  });

  it('splits quoted CSV cells and guesses the format', () => {
    expect(splitCsvLine('a,"b ""q"", c",d')).toEqual(['a', 'b "q", c', 'd']);
    expect(splitCsvLine('a,"open')).toBeUndefined();
    expect(formatOf('m.csv', '[')).toBe('csv');
    expect(formatOf('m.txt', ' [{')).toBe('json');
  });
});
