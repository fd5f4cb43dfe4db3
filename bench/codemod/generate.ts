// A deterministic synthetic JS/TS repository for the codemod benchmark: 10,000 files over a monorepo-like tree,
// sizes from a few hundred bytes to ~40 KB (median ~3 KB), 1 % of them legacy Jumio integrations (an axios initiate
// call and a retrieval URL), 2 % payment/OAuth code with the same field names (lookalikes), the rest ordinary code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** mulberry32: a tiny seeded PRNG, so every run generates the same repository. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['order', 'user', 'cart', 'invoice', 'payment', 'session', 'profile', 'report', 'item', 'account', 'token', 'queue'];

function ordinaryBlock(r: () => number, i: number, jsx: boolean, ts: boolean): string {
  const w = WORDS[Math.floor(r() * WORDS.length)];
  const W = w[0].toUpperCase() + w.slice(1);
  const t = ts ? ': number' : '';
  const kind = Math.floor(r() * 4);
  if (jsx && kind === 0) {
    return `export function ${W}Row${i}(props${ts ? `: { ${w}: { id: string; total: number } }` : ''}) {\n  const { ${w} } = props;\n  return (\n    <tr className="${w}-row">\n      <td>{${w}.id}</td>\n      <td>{${w}.total.toFixed(2)}</td>\n    </tr>\n  );\n}\n\n`;
  }
  if (kind === 1) {
    return `export class ${W}Service${i} {\n  private cache = new Map${ts ? '<string, unknown>' : ''}();\n\n  async load(id${ts ? ': string' : ''}) {\n    if (this.cache.has(id)) return this.cache.get(id);\n    const res = await fetch(\`/api/${w}s/\${encodeURIComponent(id)}\`);\n    if (!res.ok) throw new Error('${w} ' + id + ' failed: ' + res.status);\n    const body = await res.json();\n    this.cache.set(id, body);\n    return body;\n  }\n}\n\n`;
  }
  if (kind === 2) {
    return `export function total${W}${i}(items${ts ? ': { price: number; qty: number }[]' : ''})${t} {\n  let sum = 0;\n  for (const it of items) {\n    sum += it.price * it.qty;\n  }\n  return Math.round(sum * 100) / 100;\n}\n\n`;
  }
  return `export const ${w}Config${i} = {\n  retries: ${Math.floor(r() * 5)},\n  timeoutMs: ${1000 + Math.floor(r() * 9000)},\n  endpoint: '/internal/${w}/v${1 + Math.floor(r() * 3)}',\n};\n\n`;
}

/** Payment / OAuth code that uses the same words as the legacy API (the lookalikes a rule must leave alone). */
function lookalikeBlock(i: number, ts: boolean): string {
  return `export async function pay${i}(amount${ts ? ': number' : ''}) {\n  const res = await fetch('https://api.payments.example.com/v2/checkout', { method: 'POST', body: JSON.stringify({ amount }) });\n` +
    `  const data = await res.json();\n  window.addEventListener('message', (event) => console.log(event.data));\n` +
    `  return { redirectUrl: data.redirectUrl, transactionReference: data.transactionReference, initiate: true };\n}\n\n`;
}

function legacyFile(r: () => number, i: number, ts: boolean): string {
  const host = ['netverify.com', 'lon.netverify.com', 'core-sgp.jumio.com'][i % 3];
  return `import axios from 'axios';\n\nconst JUMIO_URL = 'https://${host}/api/authentication/v1/web/initiate';\n\n` +
    `export async function startAuthentication${i}(enrollmentRef${ts ? ': string' : ''}, userRef${ts ? ': string' : ''}) {\n` +
    `  const { data } = await axios.post(JUMIO_URL, {\n    enrollmentTransactionReference: enrollmentRef,\n    userReference: userRef,\n` +
    `    successUrl: 'https://example.com/ok',\n    tokenLifetimeInMinutes: ${[30, 60, 1440][i % 3]},\n  }, {\n` +
    `    auth: { username: process.env.JUMIO_TOKEN${ts ? ' as string' : ''}, password: process.env.JUMIO_SECRET${ts ? ' as string' : ''} },\n  });\n` +
    `  return { url: data.redirectUrl, ref: data.transactionReference };\n}\n\n` +
    `export function retrievalUrl${i}(ref${ts ? ': string' : ''}) {\n  return \`https://${host}/api/netverify/v2/authentications/\${ref}\`;\n}\n\n`;
}

export interface GeneratedRepo {
  files: number;
  legacy: number;
  bytes: number;
}

export function generateRepo(root: string, count = 10_000, seed = 20260101): GeneratedRepo {
  const r = rng(seed);
  let bytes = 0;
  let legacy = 0;
  for (let i = 0; i < count; i++) {
    const pkg = `packages/pkg${String(i % 40).padStart(2, '0')}`;
    const dir = `${pkg}/src/${WORDS[Math.floor(i / 40) % WORDS.length]}${Math.floor(i / 480)}`;
    const roll = r();
    const ext = roll < 0.5 ? 'ts' : roll < 0.65 ? 'tsx' : roll < 0.9 ? 'js' : 'jsx';
    const ts = ext === 'ts' || ext === 'tsx';
    const jsx = ext === 'tsx' || ext === 'jsx';
    // log-normal-ish size: median ~3 KB, long tail to ~40 KB
    const target = Math.min(40_000, Math.max(300, Math.round(Math.exp(8 + 0.9 * gauss(r)))));
    const isLegacy = i % 100 === 37; // exactly 1 %
    let text = `// ${dir}/file${i}.${ext} (generated)\n${jsx ? "import React from 'react';\n" : ''}\n`;
    if (isLegacy) {
      text += legacyFile(r, i, ts);
      legacy++;
    } else if (i % 100 === 61 || i % 100 === 83) {
      text += lookalikeBlock(i, ts); // 2 % of files look like Jumio code by name only
    }
    let b = 0;
    while (text.length < target) text += ordinaryBlock(r, b++, jsx, ts);
    const file = join(root, dir, `file${i}.${ext}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(join(root, '.gitignore'), 'node_modules/\n');
  return { files: count, legacy, bytes };
}

function gauss(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}
