// A half-migrated repository holds a kyx-auth.ts of its own (a token helper written by hand for the calls already on
// KYX) without kyxAccessToken / resolveKyxAccount. The codemod reused any kyx-auth.* beside the file, so the migrated
// retrieval imported names that module does not export and the TypeScript no longer compiled (found by running the CLI
// on a hand-written half-migrated Express app). analysis/kyx-helper.ts: such a module makes the helper unavailable
// and the call is flagged, untouched; the codemod's own helper (from an earlier --write) is still reused.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const OWN = "export async function getKyxToken(): Promise<string> {\n  return 'token';\n}\n";
const SERVICE = (kind: 'retrieval' | 'initiate') => `import axios from 'axios';
import { getKyxToken } from './kyx-auth';

export async function call(ref: string) {
  void getKyxToken;
  const { data } = await ${kind === 'retrieval'
    ? "axios.get(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, {"
    : "axios.post('https://lon.netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {"}
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return data;
}
`;
const OWN_MODULE = './kyx-auth.ts is a module of your own, without the kyxAccessToken and resolveKyxAccount';
const run = tempRepoRunner('nvm-own-kyx-auth-');

describe('a kyx-auth module of the customer\'s own beside a legacy call', () => {
  it('retrieval and initiate: flagged naming the module, the call untouched', async () => {
    for (const kind of ['retrieval', 'initiate'] as const) {
      const out = await run({ 'src/kyx-auth.ts': OWN, 'src/jumio.ts': SERVICE(kind) });
      expect(out('src/jumio.ts'), kind).toContain(OWN_MODULE);
      expect(out('src/jumio.ts'), kind).toContain('lon.netverify.com');
      expect(out('src/jumio.ts'), kind).not.toContain('Bearer');
    }
  });

  it("the codemod's own helper from an earlier run is reused", async () => {
    const first = await run({ 'src/jumio.ts': SERVICE('initiate').replace("import { getKyxToken } from './kyx-auth';\n", '').replace('  void getKyxToken;\n', '') });
    const helper = first('src/kyx-auth.ts');
    expect(helper).toContain('export async function kyxAccessToken');
    const out = await run({ 'src/kyx-auth.ts': helper, 'src/jumio.ts': SERVICE('retrieval').replace("import { getKyxToken } from './kyx-auth';\n", '').replace('  void getKyxToken;\n', '') });
    expect(out('src/jumio.ts')).toContain("import { kyxAccessToken } from './kyx-auth';");
    expect(out('src/jumio.ts')).toContain('retrieval.emea-1.jumio.ai');
  });
});
