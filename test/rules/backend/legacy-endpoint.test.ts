// URL proof: every value a URL expression can take must be a legacy Jumio API host AND a legacy initiate path.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Project, SyntaxKind } from 'ts-morph';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { EvalContext } from '../../../codemods/analysis/eval-context.js';
import { resolveLegacyEndpoint } from '../../../codemods/analysis/legacy-endpoint.js';

const dir = mkdtempSync(join(tmpdir(), 'nvm-endpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'consts.ts'), "export const HOST = 'https://core-sgp.jumio.com';\nexport default { path: '/api/auth/v1/initiate' };\n");
writeFileSync(join(dir, 'cjs.js'), "const base = 'https://lon.netverify.com/api/v4';\nmodule.exports = { INITIATE: base + '/initiate' };\n");

/** Resolve the argument of the last `probe(...)` call in `code`. */
function probe(code: string, base?: string) {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true } });
  const sf = project.createSourceFile('/main.ts', code);
  const call = sf.getDescendantsOfKind(SyntaxKind.CallExpression).filter((c) => c.getExpression().getText() === 'probe').at(-1)!;
  const ctx = new EvalContext(createProjectView(dir), sf, join(dir, 'main.ts'));
  const baseNode = base ? sf.getDescendantsOfKind(SyntaxKind.CallExpression).find((c) => c.getExpression().getText() === 'base')!.getArguments()[0] : undefined;
  const ep = resolveLegacyEndpoint(call.getArguments()[0]!, ctx, baseNode);
  return ep && { route: ep.route, regions: ep.regions };
}

describe('resolveLegacyEndpoint', () => {
  it('proves literals, templates split over lines, concatenation and new URL(path, base)', () => {
    expect(probe("probe('https://lon.netverify.com/api/authentication/v1/web/initiate')")).toEqual({ route: 'auth-initiate', regions: ['emea-1'] });
    expect(probe("const B = 'https://netverify.com';\nprobe(`${B}` +\n  `/api/v4/initiate/`)")).toEqual({ route: 'v4-initiate', regions: ['amer-1'] });
    expect(probe("const B = 'https://www.netverify.com/api/';\nprobe(new URL('v4/initiate', B).href)")).toEqual({ route: 'v4-initiate', regions: ['amer-1'] });
    expect(probe("probe(new URL('/api/auth/v1/initiate', 'https://core-sgp.jumio.com'))")).toEqual({ route: 'auth-initiate', regions: ['apac-1'] });
  });

  it('maps every branch of switches, maps and ternaries', () => {
    const sw = `function u(r: string) { switch (r) { case 'EU': return 'https://lon.netverify.com/api/v4/initiate'; case 'SG': return 'https://core-sgp.jumio.com/api/v4/initiate'; default: return 'https://netverify.com/api/v4/initiate'; } }\nprobe(u(x))`;
    expect(probe(sw)?.regions.sort()).toEqual(['amer-1', 'apac-1', 'emea-1']);
    const map = "const M = { US: 'https://netverify.com', EU: 'https://lon.netverify.com' };\nprobe(`${M[region]}/api/authentication/v1/web/initiate`)";
    expect(probe(map)?.regions.sort()).toEqual(['amer-1', 'emea-1']);
    expect(probe("probe((eu ? 'https://lon.netverify.com' : 'https://netverify.com') + '/api/v4/initiate')")?.regions.sort()).toEqual(['amer-1', 'emea-1']);
  });

  it('follows ES imports (named, default) and CommonJS requires into other modules, and client base URLs', () => {
    expect(probe("import { HOST } from './consts';\nimport cfg from './consts';\nprobe(HOST + cfg.path)")).toEqual({ route: 'auth-initiate', regions: ['apac-1'] });
    expect(probe("const { INITIATE } = require('./cjs');\nprobe(INITIATE)")).toEqual({ route: 'v4-initiate', regions: ['emea-1'] });
    expect(probe("const c = require('./cjs');\nprobe(c.INITIATE)")).toEqual({ route: 'v4-initiate', regions: ['emea-1'] });
    expect(probe("base('https://netverify.com/api/');\nprobe('v4/initiate')", 'base')).toEqual({ route: 'v4-initiate', regions: ['amer-1'] });
  });

  it('proves nothing with an unknown part, a reassignable variable, a lookalike host or path', () => {
    expect(probe('probe(process.env.JUMIO_URL)')).toBeUndefined();
    expect(probe("probe(process.env.JUMIO_URL || 'https://netverify.com/api/v4/initiate')")).toBeUndefined();
    expect(probe("probe(`https://${host}/api/authentication/v1/web/initiate`)")).toBeUndefined();
    expect(probe("let u = 'https://netverify.com/api/v4/initiate';\nu = other;\nprobe(u)")).toBeUndefined();
    for (const url of [
      'https://kubernetes.default.svc/api/authentication/v1/web/initiate',
      'https://netverify.eu/api/authentication/v1/web/initiate',
      'https://core-sgp.netverify.com.evil.example/api/v4/initiate',
      'https://api.jumio.com/api/v4/initiate',
      'https://sandbox.sslcommerz.com/dfs-process/v4/initiate',
      'https://netverify.com/api/v4/initiate-ma-transaction',
      'https://netverify.com/api/user/login/v4/initiate',
      'https://account.emea-1.jumio.ai/api/v1/accounts',
      'https://mycompany.netverify.com/api/v4/initiate',
    ]) {
      // Not an initiate endpoint (a legacy host with another legacy path is at most 'other-legacy', never migrated here).
      expect(['auth-initiate', 'v4-initiate']).not.toContain(probe(`probe('${url}')`)?.route);
    }
  });

  it('refuses a URL whose branches are different routes', () => {
    expect(probe("probe(a ? 'https://netverify.com/api/v4/initiate' : 'https://netverify.com/api/authentication/v1/web/initiate')")).toBeUndefined();
  });
});
