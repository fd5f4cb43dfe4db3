// A proven Jumio handler whose origin check uses a list imported from another module: a list of nothing but Jumio
// origins is translated in its own module (external edits, region item there, stable on a rerun); any other list is
// flagged at the check with the module and the KYX origins. The byte-level fixtures are imported-origin-list*.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCodemod } from '../../../codemods/engine/runner.js';
import { iframeEventHandler } from '../../../codemods/rules/iframe-event-handler/index.js';
import { repo, run } from '../../support/handler-repo.js';

const handler = (name: string, from: string, check = `${name}.includes(event.origin)`): string => `import { ${name} } from '${from}';

export function onKycMessage(event: MessageEvent, done: (ref: string) => void): void {
  if (!${check}) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') done(data.transactionReference);
}
window.addEventListener('message', (e) => onKycMessage(e, console.log));
`;

describe('origin list imported from another module', () => {
  it('is translated in its module when it holds only Jumio origins; a rerun changes nothing and keeps the region item', () => {
    const origins = "// KYC web client\nexport const KYC_ORIGINS: readonly string[] = Object.freeze(['https://acme.netverify.com']);\n";
    const root = repo({ 'src/kyc.ts': handler('KYC_ORIGINS', './config/origins'), 'src/config/origins.ts': origins });
    const r = run(root, 'src/kyc.ts');
    expect(r.error).toBeUndefined();
    expect(r.output).toContain('done(data.workflowExecutionId)');
    expect(r.manual).toEqual([]);
    expect(r.external.map((x) => x.absPath)).toEqual([join(root, 'src/config/origins.ts')]);
    const mod = run(root, 'src/config/origins.ts', r.external);
    expect(mod.output).toMatch(/\/\/ TODO\(netverify-migrate\): iframe-event-handler: origin check now expects acme\.web\.amer-1\.jumio\.ai: [^\n]*\nexport const KYC_ORIGINS: readonly string\[\] = Object\.freeze\(\['https:\/\/acme\.web\.amer-1\.jumio\.ai'\]\);\n$/);
    writeFileSync(join(root, 'src/kyc.ts'), r.output);
    writeFileSync(join(root, 'src/config/origins.ts'), mod.output);
    const again = run(root, 'src/kyc.ts');
    expect(again.changed).toBe(false);
    expect(again.external).toHaveLength(1);
    expect(again.external[0]!.edits).toEqual([]);
    expect(run(root, 'src/config/origins.ts', again.external).output).toBe(mod.output);
  });

  it('is flagged at the check, naming the module and the KYX origins, when it is built by code or mixes other origins', () => {
    const built = "const T = { eu: ['https://acme.lon.netverify.com'], us: ['https://acme.netverify.com'] };\nexport const ALLOWED = Object.values(T).flat();\n";
    const mixed = "export const TRUSTED = ['https://acme-eu.netverify.com', 'https://checkout.stripe.com'];\n";
    // Named for Jumio: such a list does not prove the handler, its name does.
    const jumio = (text: string): string => text.replace(/onKycMessage/g, 'onJumioMessage');
    const root = repo({
      'a.ts': jumio(handler('ALLOWED', './built')), 'built.ts': built,
      'b.ts': jumio(handler('TRUSTED', './mixed', 'TRUSTED.indexOf(event.origin) >= 0')), 'mixed.ts': mixed,
    });
    const a = run(root, 'a.ts');
    expect(a.external).toEqual([]);
    expect(a.manual.map((m) => m.message)).toEqual([expect.stringContaining('event.origin is checked against ALLOWED, imported from ./built, ')]);
    expect(a.manual[0]!.message).toContain('https://acme.lon.netverify.com → https://acme.web.emea-1.jumio.ai, https://acme.netverify.com → https://acme.web.amer-1.jumio.ai');
    expect(a.output).toContain('done(data.workflowExecutionId)');
    const b = run(root, 'b.ts');
    expect(b.external).toEqual([]);
    expect(b.manual.map((m) => m.message)).toEqual([expect.stringContaining('https://acme-eu.netverify.com → https://acme-eu.web.amer-1.jumio.ai')]);
    expect(b.output.split('TODO(netverify-migrate)').length).toBe(2);
  });

  it('a list of another vendor proves nothing; a package list gets no item (nothing shows what it holds)', () => {
    const root = repo({
      'p.ts': handler('PAY', './pay').replace(/onKycMessage/g, 'onPaymentMessage'), 'pay.ts': "export const PAY = ['https://checkout.stripe.com'];\n",
      'q.ts': handler('ORIGINS', '@acme/config').replace(/onKycMessage/g, 'onJumioMessage'),
    });
    const p = run(root, 'p.ts');
    expect(p.changed).toBe(false);
    expect(p.manual).toEqual([]);
    const q = run(root, 'q.ts');
    expect(q.output).toContain('done(data.workflowExecutionId)');
    expect(q.manual).toEqual([]);
    expect(q.external).toEqual([]);
  });

  it('a member of an imported settings object (settings.identity.frameOrigin) is the literal at that path: translated there (round 8)', () => {
    const settings = "export const settings = {\n  api: 'https://api.acme.example',\n  identity: { frameOrigin: 'https://acme.netverify.com' },\n  pay: { origin: 'https://js.stripe.com' },\n};\n";
    const root = repo({
      'kyc.ts': handler('settings', './settings', '(event.origin === settings.identity.frameOrigin)'), 'settings.ts': settings,
      'pay.ts': handler('settings', './settings', '(event.origin === settings.pay.origin)').replace(/onKycMessage/g, 'onPaymentMessage'),
      'env.ts': handler('settings', './settings', '(event.origin === settings.api)').replace(/onKycMessage/g, 'onJumioMessage'),
    });
    const r = run(root, 'kyc.ts');
    expect(r.output).toContain('done(data.workflowExecutionId)');
    expect(r.manual).toEqual([]);
    const mod = run(root, 'settings.ts', r.external);
    expect(mod.output).toContain("identity: { frameOrigin: 'https://acme.web.amer-1.jumio.ai' },");
    expect(mod.output).toContain("pay: { origin: 'https://js.stripe.com' },");
    // A member holding another host is that host's check: it vetoes the handler, with no item about the module.
    for (const f of ['pay.ts', 'env.ts']) {
      const other = run(root, f);
      expect(other.changed, f).toBe(false);
      expect(other.manual, f).toEqual([]);
    }
  });

  it('a namespace import\'s member (env.ORIGINS of import * as env) is read like a named import (round 44)', () => {
    const env = "export const API_BASE = '/api';\nexport const ORIGINS: readonly string[] = ['https://acme.lon.netverify.com'];\nexport const TIMEOUT_MS = 60000;\n";
    const nsHandler = (from: string) => handler('ORIGINS', from).replace(`import { ORIGINS } from '${from}';`, `import * as env from '${from}';`)
      .replace('ORIGINS.includes(', 'env.ORIGINS.includes(');
    const root = repo({ 'kyc.ts': nsHandler('./env'), 'env.ts': env, 'pay.ts': nsHandler('./pay-env').replace(/onKycMessage/g, 'onPayMessage'),
      'pay-env.ts': "export const ORIGINS = ['https://checkout.stripe.com'];\n" });
    const r = run(root, 'kyc.ts');
    expect(r.output).toContain('if (!env.ORIGINS.includes(event.origin)) return;');
    expect(r.output).toContain('done(data.workflowExecutionId)');
    expect(r.manual).toEqual([]);
    const mod = run(root, 'env.ts', r.external);
    expect(mod.output).toBe(env.replace('acme.lon.netverify.com', 'acme.web.emea-1.jumio.ai'));
    // Another vendor's list vetoes as it does imported by name.
    const pay = run(root, 'pay.ts');
    expect(pay.changed).toBe(false);
    expect(pay.manual).toEqual([]);
  });

  it('a barrel\'s re-exports are followed to the module that declares the constant: renamed, and export * (round 44)', () => {
    const tenant = "export const HELP = 'https://help.acme.example';\nexport const WEB_CLIENT_ORIGIN = 'https://acme.lon.netverify.com';\n";
    const root = repo({
      'renamed.ts': handler('FRAME_ORIGIN', './feature', '(event.origin === FRAME_ORIGIN)'),
      'star.ts': handler('WEB_CLIENT_ORIGIN', './all', '(event.origin === WEB_CLIENT_ORIGIN)'),
      'feature.ts': "export { WEB_CLIENT_ORIGIN as FRAME_ORIGIN } from './tenant';\nexport interface Outcome { ok: boolean }\n",
      'all.ts': "export * from './other';\nexport * from './tenant';\n", 'other.ts': "export const OTHER = 1;\n", 'tenant.ts': tenant,
    });
    for (const f of ['renamed.ts', 'star.ts']) {
      const r = run(root, f);
      expect(r.output, f).toContain('done(data.workflowExecutionId)');
      expect(r.manual, f).toEqual([]);
      expect(r.external.map((x) => x.absPath), f).toEqual([join(root, 'tenant.ts')]);
      expect(run(root, 'tenant.ts', r.external).output, f).toBe(tenant.replace('acme.lon.netverify.com', 'acme.web.emea-1.jumio.ai'));
    }
  });

  it('two handler files importing one list: its items are reported once', async () => {
    const root = repo({
      'one.ts': handler('KYC_ORIGINS', './origins'), 'two.ts': handler('KYC_ORIGINS', './origins'),
      'origins.ts': "export const KYC_ORIGINS = ['https://acme.netverify.com'];\n",
    });
    const { outcomes } = await runCodemod({ cwd: root, paths: [], workers: 1, ruleIds: [iframeEventHandler.id] });
    const mod = outcomes.find((o) => o.path === 'origins.ts')!;
    expect(mod.status).toBe('changed');
    expect(mod.edits).toHaveLength(1);
    expect(mod.manual.map((m) => m.message)).toEqual([expect.stringContaining('origin check now expects acme.web.amer-1.jumio.ai')]);
  });
});
