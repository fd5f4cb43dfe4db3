// The KYX auth helper module the codemod writes once into the customer's repo, in the file's language and
// module system: OAuth2 client-credentials token fetch + cache per region (global fetch, Node >= 18, no
// dependency), and the seam resolveKyxAccount(enrollmentReference) → { accountId, credentialId }.
import * as path from 'node:path';
import { KYX_REGIONS, KYX_TOKEN_PATH, kyxOrigin } from '../../api/index.js';
import type { NewFile, ProjectView, RuleFile, ScriptBlock } from '../engine/types.js';
import { helperHome } from './helper-home.js';
import { isUmdWrapper, UMD_HELPER_PROBLEM } from './umd-wrapper.js';
import { dependenciesNear, isBundledFramework, nearest, readJson } from './project-files.js';

export const HELPER_BASENAME = 'kyx-auth';
export const HELPER_EXPORTS = { token: 'kyxAccessToken', resolve: 'resolveKyxAccount', setResolver: 'setKyxAccountResolver' } as const;
export const ENV = { clientId: 'KYX_CLIENT_ID', clientSecret: 'KYX_CLIENT_SECRET', tokenUrl: 'KYX_TOKEN_URL' } as const;

export interface HelperPlan {
  /** The import/require statement text to add to the file (without trailing newline). */
  importText: (names: string[], quote?: string, semi?: string) => string;
  /** The helper file to create (the engine creates it only if absent). */
  newFile: NewFile;
  esm: boolean;
  /** Why the file cannot import the helper (a UMD wrapper in an ES-module package: umd-wrapper.ts); its call is flagged. */
  unavailable?: string;
}

const EXTS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];

/** Work out where the helper goes and how the file imports it. */
export function planHelper(file: RuleFile, block: ScriptBlock, project: ProjectView): HelperPlan {
  const dir = path.dirname(file.absPath);
  const fileExt = path.extname(file.absPath);
  const text = block.sourceFile.getFullText();
  const usesImport = /^\s*import\s[\s\S]*?from\s*['"]/m.test(text) || /^\s*export\s/m.test(text);
  const usesRequire = /\brequire\(\s*['"]/.test(text);
  const pkgPath = nearest(project, dir, 'package.json');
  const pkgType = pkgPath ? readJson(project, pkgPath)?.type : undefined;
  const ts = block.language === 'ts';
  let esm: boolean;
  if (ts) esm = !(usesRequire && !usesImport);
  else if (fileExt === '.mjs') esm = true;
  else if (fileExt === '.cjs') esm = false;
  // Top-level `await` (a line starting with it) is ES module syntax: Node runs such a `.js` file as a module.
  else esm = usesImport || (!usesRequire && (pkgType === 'module' || /^(?:(?:const|let|var)\s+[^\n=]+=\s*)?await\b/m.test(text))) || file.kind !== 'script';

  // Reuse a helper that already exists in this directory or above.
  let helperAbs: string | undefined;
  for (let d = dir; ; d = path.dirname(d)) {
    for (const ext of EXTS) {
      const c = path.join(d, `${HELPER_BASENAME}${ext}`);
      if (!helperAbs && project.fileExists(c)) helperAbs = c;
    }
    if (helperAbs || d === project.root || path.dirname(d) === d || !d.startsWith(project.root)) break;
  }
  // In a routed tree (pages/api, server/api, netlify/functions…) a module beside the file would be a route itself.
  const home = helperHome(dir, project);
  for (const ext of home && !helperAbs ? EXTS : []) {
    const c = path.join(home!, `${HELPER_BASENAME}${ext}`);
    if (!helperAbs && project.fileExists(c)) helperAbs = c;
  }
  const helperExt = ts ? (fileExt === '.mts' ? '.mts' : fileExt === '.cts' ? '.cts' : '.ts')
    : fileExt === '.mjs' ? '.mjs' : fileExt === '.cjs' ? '.cjs' : (esm === (pkgType === 'module') ? '.js' : esm ? '.mjs' : '.cjs');
  helperAbs ??= path.join(home ?? dir, `${HELPER_BASENAME}${helperExt}`);

  let rel = path.relative(dir, helperAbs).split(path.sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  const relNoExt = rel.replace(/\.(ts|mts|cts|js|mjs|cjs)$/, '');
  const ext = path.extname(helperAbs);
  let specifier: string;
  if (ts) {
    const needsExt = tsNeedsExtension(project, dir, text, pkgType === 'module');
    const jsExt = ext === '.mts' ? '.mjs' : ext === '.cts' ? '.cjs' : '.js';
    specifier = needsExt ? `${relNoExt}${jsExt}` : relNoExt;
  } else {
    // Node's ESM loader needs the extension; CommonJS require resolves .js without it.
    specifier = esm || ext !== '.js' ? rel : relNoExt;
  }
  const importText = (names: string[], quote = "'", semi = ';') =>
    esm ? `import { ${names.join(', ')} } from ${quote}${specifier}${quote}${semi}`
      : `const { ${names.join(', ')} } = require(${quote}${specifier}${quote})${semi}`;
  const helperEsm = ts ? true : ext === '.mjs' ? true : ext === '.cjs' ? false : pkgType === 'module';
  // A kyx-auth module of the customer's own (a token helper written by hand during an earlier migration step): it
  // declares code but not what the migrated call imports, so importing from it would not compile or load. (An empty
  // placeholder is taken as the place the customer keeps the helper.)
  const existing = project.fileExists(helperAbs) ? project.readFile(helperAbs) : undefined;
  const foreign = existing !== undefined && /\b(?:function|class|const|let|var)\s+[\w$]+/.test(existing) &&
    ![HELPER_EXPORTS.token, HELPER_EXPORTS.resolve].every((n) => new RegExp(`\\b${n}\\b`).test(existing));
  return {
    importText,
    esm,
    // A UMD file is a script: an ES import (taken from "type": "module" alone) would break it; it gets the require
    // form it already uses, or outside an ES-module package the require form of CommonJS, as before.
    unavailable: esm && !ts && isUmdWrapper(block.sourceFile) ? UMD_HELPER_PROBLEM
      : foreign ? `${rel} is a module of your own, without the ${HELPER_EXPORTS.token} and ${HELPER_EXPORTS.resolve} the migrated call would import from it: ` +
        `rename your module (the codemod then writes its own ${HELPER_BASENAME} helper) or add those functions to it (see MIGRATION.md), and run the codemod again` : undefined,
    newFile: { absPath: helperAbs, text: helperSource(ts, helperEsm), message: `KYX OAuth2 token helper and resolveKyxAccount seam (${HELPER_BASENAME}${ext})`, importedAs: specifier },
  };
}

/** Does a TS file's relative import need an explicit `.js` (NodeNext/Node16 resolution)? */
function tsNeedsExtension(project: ProjectView, dir: string, text: string, pkgIsModule: boolean): boolean {
  const rels = [...text.matchAll(/from\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  if (rels.length) return rels.some((r) => /\.(js|mjs|cjs)$/.test(r));
  const tsconfig = nearest(project, dir, 'tsconfig.json');
  const opts = tsconfig ? (readJson(project, tsconfig)?.compilerOptions as Record<string, unknown> | undefined) : undefined;
  const res = String(opts?.moduleResolution ?? opts?.module ?? '').toLowerCase();
  if (res) return res === 'node16' || res === 'nodenext';
  // A framework that bundles the server code resolves extensionless imports (Nuxt's tsconfig only `extends` the
  // generated .nuxt/tsconfig.json, so it says nothing here).
  if (isBundledFramework(dependenciesNear(project, dir))) return false;
  return pkgIsModule;
}

/** The helper module's source. Uses only the global fetch and process.env. */
export function helperSource(ts: boolean, esm: boolean): string {
  const T = (s: string) => (ts ? s : '');
  const exp = (name: string) => (esm || ts ? `export ` : '') + name;
  const regions = KYX_REGIONS.map((r) => `'${r}'`).join(' | ');
  const exampleOrigin = kyxOrigin('auth', 'amer-1').replace('amer-1', '${region}');
  const lines = [
    `// Written by netverify-migrate: KYX (Jumio platform) OAuth2 access tokens and the account lookup seam.`,
    `// Environment: ${ENV.clientId} / ${ENV.clientSecret} — the "OAuth2 Clients" pair from the Customer Portal`,
    `// (Settings → API credentials → OAuth2 Clients; not the legacy "API Users" pair). ${ENV.tokenUrl} overrides the`,
    `// token endpoint (e.g. a local emulator). Needs Node >= 18 (global fetch); no dependencies.`,
    '',
    ts ? `export type KyxRegion = ${regions};` : '',
    ts ? `export interface KyxAccount {\n  accountId: string;\n  credentialId: string;\n}` : '',
    '',
    `const tokens${T(': Map<string, { token: string; expiresAt: number } | Promise<string>>')} = new Map();`,
    '',
    `function regionOf(regionOrUrl${T(': string | undefined')})${T(': string')} {`,
    `  if (!regionOrUrl) throw new Error('no KYX region for this call');`,
    `  const m = /\\.(amer-1|emea-1|apac-1)\\.jumio\\.ai/.exec(regionOrUrl);`,
    `  return m ? m[1]${T('!')} : regionOrUrl;`,
    `}`,
    '',
    `/** A bearer token for the region (or for a KYX URL's region), fetched with client credentials and cached. */`,
    `${exp('async function')} ${HELPER_EXPORTS.token}(regionOrUrl${T(': KyxRegion | string | undefined')})${T(': Promise<string>')} {`,
    `  const region = regionOf(regionOrUrl);`,
    `  const clientId = process.env.${ENV.clientId};`,
    `  const clientSecret = process.env.${ENV.clientSecret};`,
    `  if (!clientId || !clientSecret) {`,
    `    throw new Error('${ENV.clientId} and ${ENV.clientSecret} must be set (Customer Portal → Settings → API credentials → OAuth2 Clients)');`,
    `  }`,
    `  const url = process.env.${ENV.tokenUrl} || \`${exampleOrigin}${KYX_TOKEN_PATH}\`;`,
    `  const key = [url, clientId, clientSecret].join('\\n');`,
    `  const cached = tokens.get(key);`,
    `  if (cached instanceof Promise) return cached;`,
    `  if (cached && cached.expiresAt > Date.now()) return cached.token;`,
    `  const pending = (async () => {`,
    `    const res = await fetch(url, {`,
    `      method: 'POST',`,
    `      headers: {`,
    `        Accept: 'application/json',`,
    `        'Content-Type': 'application/x-www-form-urlencoded',`,
    `        Authorization: \`Basic \${Buffer.from(\`\${clientId}:\${clientSecret}\`).toString('base64')}\`,`,
    `      },`,
    `      body: 'grant_type=client_credentials',`,
    `    });`,
    `    if (!res.ok) throw new Error(\`KYX token request failed with HTTP \${res.status}\`);`,
    `    const body = (await res.json())${T(' as { access_token: string; expires_in?: number }')};`,
    `    // Refresh a minute before the token expires (KYX tokens live 3600 s).`,
    `    const ttl = Math.max(0, ((body.expires_in ?? 3600) - 60) * 1000);`,
    `    tokens.set(key, { token: body.access_token, expiresAt: Date.now() + ttl });`,
    `    return body.access_token;`,
    `  })();`,
    `  tokens.set(key, pending);`,
    `  try {`,
    `    return await pending;`,
    `  } catch (err) {`,
    `    tokens.delete(key);`,
    `    throw err;`,
    `  }`,
    `}`,
    '',
    `let resolver${T(': ((enrollmentReference: string) => Promise<KyxAccount> | KyxAccount) | undefined')};`,
    '',
    `/** Install the lookup from a legacy enrollment reference to its KYX account (instead of editing resolveKyxAccount). */`,
    `${exp('function')} ${HELPER_EXPORTS.setResolver}(fn${T(': (enrollmentReference: string) => Promise<KyxAccount> | KyxAccount')})${T(': void')} {`,
    `  resolver = fn;`,
    `}`,
    '',
    `/**`,
    ` * Implement this (a netverify-migrate manual item): map the legacy enrollment transaction reference to the KYX account that holds`,
    ` * the user's facemap (account.id from the KYX enrolment, or from Jumio's migration of legacy scans) and that`,
    ` * enrolment's ID credential id (workflowExecution.credentials[] with category "ID"). Keep this mapping in your DB.`,
    ` */`,
    `${exp('async function')} ${HELPER_EXPORTS.resolve}(enrollmentReference${T(': string | null | undefined')})${T(': Promise<KyxAccount>')} {`,
    `  if (!enrollmentReference) throw new Error('${HELPER_EXPORTS.resolve}: an enrollment reference is required');`,
    `  if (resolver) return resolver(enrollmentReference);`,
    `  throw new Error('${HELPER_EXPORTS.resolve} is not implemented: map the enrollment reference to its KYX accountId and ID credentialId (see MIGRATION.md)');`,
    `}`,
  ];
  if (!ts && !esm) {
    lines.push('', `module.exports = { ${HELPER_EXPORTS.token}, ${HELPER_EXPORTS.resolve}, ${HELPER_EXPORTS.setResolver} };`);
  }
  return `${lines.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n').replace(/\n\n\n+/g, '\n\n')}\n`;
}
