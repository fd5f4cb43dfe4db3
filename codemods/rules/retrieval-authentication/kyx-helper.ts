// The KYX helper module the migrated code imports: OAuth2 client-credentials token per region (cached) and the
// account seams the customer implements. Written once per repository (the engine creates a NewFile only when
// it does not exist yet). This copy serves the retrieval rule until the shared writer in codemods/analysis/
// provides the same exports; the names below are the contract between the two.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { KYX_REGIONS, kyxTokenUrl } from '../../../api/index.js';
import type { NewFile, ProjectView, RuleFile } from '../../engine/types.js';

export const TOKEN_FN = 'getKyxAccessToken';
export const WORKFLOW_ACCOUNT_FN = 'resolveKyxWorkflowAccount';
export const ACCOUNT_FN = 'resolveKyxAccount';
const BASENAME = 'kyx-auth';

export type ModuleSystem = 'esm' | 'cjs';

export function moduleSystemOf(file: RuleFile): ModuleSystem {
  if (/\.(mjs|mts)$/.test(file.path)) return 'esm';
  if (/\.(cjs|cts)$/.test(file.path)) return 'cjs';
  const text = file.text;
  if (/^\s*(import\s[^(]|export\s)/m.test(text)) return 'esm';
  if (/\brequire\s*\(|module\.exports|exports\.\w+\s*=/.test(text)) return 'cjs';
  return file.scripts[0]?.language === 'ts' ? 'esm' : 'cjs';
}

export interface HelperPlacement {
  absPath: string;
  /** Specifier to import it from `file`. */
  specifier: string;
  language: 'ts' | 'js';
  system: ModuleSystem;
}

export function placeHelper(file: RuleFile, project: ProjectView): HelperPlacement {
  const language = file.scripts[0]?.language === 'ts' ? 'ts' : 'js';
  const system = moduleSystemOf(file);
  const srcDir = join(project.root, 'src');
  const dir = file.absPath.startsWith(srcDir + '/') && existsSync(srcDir) ? srcDir : project.root;
  const ext = language === 'ts' ? 'ts' : system === 'esm' ? 'mjs' : 'cjs';
  const absPath = join(dir, `${BASENAME}.${ext}`);
  let rel = relative(dirname(file.absPath), dir).split('\\').join('/');
  rel = rel === '' ? '.' : rel.startsWith('.') ? rel : `./${rel}`;
  const importExt = language === 'ts' ? 'js' : ext;
  return { absPath, specifier: `${rel}/${BASENAME}.${importExt}`, language, system };
}

/** `import { a, b } from './kyx-auth.js';` or `const { a, b } = require('./kyx-auth.cjs');` */
export function importText(p: HelperPlacement, names: string[], q: string, semi: boolean): string {
  const s = semi ? ';' : '';
  if (p.system === 'esm') return `import { ${names.join(', ')} } from ${q}${p.specifier}${q}${s}`;
  return `const { ${names.join(', ')} } = require(${q}${p.specifier}${q})${s}`;
}

export function helperNewFile(p: HelperPlacement): NewFile {
  return { absPath: p.absPath, text: helperText(p), message: 'KYX OAuth2 token helper and account seams (implement the seams)' };
}

function helperText(p: HelperPlacement): string {
  const ts = p.language === 'ts';
  const t = (s: string): string => (ts ? s : '');
  const exp = (name: string): string => (p.system === 'esm' ? `export async function ${name}` : `async function ${name}`);
  const urls = KYX_REGIONS.map((r) => `  '${r}': '${kyxTokenUrl(r)}',`).join('\n');
  const lines = [
    '// Written by netverify-migrate: OAuth2 access tokens for the KYX platform API, and the seams that map your',
    '// stored references to KYX accounts. Set JUMIO_OAUTH_CLIENT_ID / JUMIO_OAUTH_CLIENT_SECRET to the pair from',
    '// Customer Portal → Settings → API credentials → OAuth2 Clients (not the legacy API user pair).',
    `const TOKEN_URLS = {\n${urls}\n}${ts ? ' as const' : ''};`,
    ts ? 'export type KyxRegion = keyof typeof TOKEN_URLS;' : '',
    `const tokens = new Map${t('<string, { token: string; expiresAt: number }>')}();`,
    `const pending = new Map${t('<string, Promise<string>>')}();`,
    '',
    '/** A bearer token for the region, fetched with client credentials and cached until a minute before expiry. */',
    `${exp(TOKEN_FN)}(region${t(': KyxRegion')})${t(': Promise<string>')} {`,
    '  const cached = tokens.get(region);',
    '  if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;',
    '  const inFlight = pending.get(region);',
    '  if (inFlight) return inFlight;',
    '  const request = (async () => {',
    '    const id = process.env.JUMIO_OAUTH_CLIENT_ID;',
    '    const secret = process.env.JUMIO_OAUTH_CLIENT_SECRET;',
    "    if (!id || !secret) throw new Error('JUMIO_OAUTH_CLIENT_ID and JUMIO_OAUTH_CLIENT_SECRET must be set (KYX OAuth2 client)');",
    '    const res = await fetch(TOKEN_URLS[region], {',
    "      method: 'POST',",
    '      headers: {',
    "        Accept: 'application/json',",
    "        'Content-Type': 'application/x-www-form-urlencoded',",
    "        Authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,",
    '      },',
    "      body: 'grant_type=client_credentials',",
    '    });',
    '    if (!res.ok) throw new Error(`KYX token request failed: HTTP ${res.status}`);',
    `    const body = (await res.json())${t(' as { access_token: string; expires_in: number }')};`,
    '    tokens.set(region, { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 });',
    '    return body.access_token;',
    '  })();',
    '  pending.set(region, request);',
    '  try {',
    '    return await request;',
    '  } finally {',
    '    pending.delete(region);',
    '  }',
    '}',
    '',
    '/** TODO(netverify-migrate): implement. The KYX account (and its ID credential) that holds the enrolment whose',
    ' * legacy reference you stored; keep account.id and the credential id when you enrol on KYX. */',
    `${exp(ACCOUNT_FN)}(enrollmentReference${t(': string')})${t(': Promise<{ accountId: string; credentialId: string }>')} {`,
    `  throw new Error(\`${ACCOUNT_FN} is not implemented: map enrolment \${enrollmentReference} to its KYX account\`);`,
    '}',
    '',
    '/** TODO(netverify-migrate): implement. The KYX account a workflow execution (the former authentication',
    ' * transactionReference) belongs to: store account.id with workflowExecution.id when you start it. */',
    `${exp(WORKFLOW_ACCOUNT_FN)}(workflowExecutionId${t(': string')})${t(': Promise<{ accountId: string }>')} {`,
    `  throw new Error(\`${WORKFLOW_ACCOUNT_FN} is not implemented: find the KYX account of workflow execution \${workflowExecutionId}\`);`,
    '}',
  ];
  if (p.system === 'cjs') lines.push('', `module.exports = { ${TOKEN_FN}, ${ACCOUNT_FN}, ${WORKFLOW_ACCOUNT_FN} };`);
  return `${lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n')}\n`;
}
