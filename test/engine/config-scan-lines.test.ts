// scan's reader of configuration files (text-scan.ts): one item per line, naming every legacy host a line lists.
// Round 48 (front end): a Vite `.env` listing the US and the EU white-label origins on one line was reported with the
// first host only, so the EU one could be missed when the line was fixed by hand.
import { describe, expect, it } from 'vitest';
import { scanConfigText } from '../../codemods/engine/text-scan.js';

describe('scan of configuration files: several legacy hosts on one line', () => {
  it('one item for the line, naming each host once', () => {
    const env = 'APP_NAME=payee\nVITE_FRAME_ORIGINS=https://acme.netverify.com,https://acme.lon.netverify.com,https://acme.netverify.com\n';
    const items = scanConfigText('.env.production', env);
    expect(items).toHaveLength(1);
    expect(items[0]!.line).toBe(2);
    expect(items[0]!.message).toContain('acme.netverify.com');
    expect(items[0]!.message).toContain('(the same line also names acme.lon.netverify.com)');
  });
  it('a line with one host has no "also names" tail', () => {
    const items = scanConfigText('config.json', '{\n  "frameOrigin": "https://acme.netverify.com"\n}\n');
    expect(items.map((i) => i.line)).toEqual([2]);
    expect(items[0]!.message).not.toContain('also names');
  });
});
