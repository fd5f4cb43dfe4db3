// The shared front-end analysis: listener discovery, data flow from event.data, and the Jumio proof with its
// tie-breakers (MIGRATION.md, rule iframe-event-handler). Real ts-morph parsing of small sources, no mocks.
import { describe, expect, it } from 'vitest';
import { Project, ts } from 'ts-morph';
import { analyzeMessageHandlers, classifyWebClientUrl, fileHasProvenJumioHandler, findWebClientUrls } from '../../../codemods/analysis-frontend/index.js';
import { parseEmbedded } from '../../../codemods/engine/embedded.js';
import type { RuleFile } from '../../../codemods/engine/types.js';

const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve } });
let n = 0;
function handlers(code: string, ext = 'ts') {
  const sf = project.createSourceFile(`/f${++n}.${ext}`, code);
  return analyzeMessageHandlers(sf);
}
function one(code: string, ext = 'ts') {
  const hs = handlers(code, ext);
  expect(hs).toHaveLength(1);
  return hs[0]!;
}
const paths = (h: ReturnType<typeof one>) => h.data.reads.map((r) => r.path.join('.'));

describe('listener discovery', () => {
  const body = `(e) => { const d = JSON.parse(e.data); console.log(d.transactionReference, d.payload.metainfo.code); }`;
  it.each([
    ['window.addEventListener', `window.addEventListener('message', ${body});`],
    ['self.addEventListener', `self.addEventListener("message", ${body}, false);`],
    ['globalThis.addEventListener', `globalThis.addEventListener('message', ${body});`],
    ['bare addEventListener', `addEventListener('message', ${body});`],
    ['window.onmessage =', `window.onmessage = ${body};`],
    ['onmessage =', `onmessage = ${body};`],
    ['attachEvent', `window.attachEvent('onmessage', ${body});`],
    ['jQuery', `$(window).on('message', ${body.replace('e.data', 'e.originalEvent.data')});`],
    ['useEffect with local handler', `useEffect(() => { const h = ${body}; window.addEventListener('message', h); return () => window.removeEventListener('message', h); }, []);`],
    ['useCallback handler', `const h = useCallback(${body}, []); useEffect(() => { window.addEventListener('message', h); }, [h]);`],
    ['class arrow property', `class A { h = ${body}; start() { window.addEventListener('message', this.h); } }`],
    ['class bound method', `class A { h(e: MessageEvent) { const d = JSON.parse(e.data); console.log(d.transactionReference, d.payload.metainfo); } start() { window.addEventListener('message', this.h.bind(this)); } }`],
    ['Angular HostListener', `class C { @HostListener('window:message', ['$event']) on(e: MessageEvent) { const d = JSON.parse(e.data); console.log(d.transactionReference, d.payload.metainfo); } }`],
    ['Vue methods via this', `export default { mounted() { window.addEventListener('message', this.onMsg); }, methods: { onMsg(e) { const d = JSON.parse(e.data); console.log(d.transactionReference, d.payload.metainfo); } } };`],
    ['inline arrow forwarding the event to a method', `export default { created() { window.addEventListener('message', (e) => this.onMsg(e)); }, methods: { onMsg(event) { const d = JSON.parse(event.data); console.log(d.transactionReference, d.payload.metainfo); } } };`],
    ['event.data forwarded to a parsing helper', `function parseIt(raw) { const d = JSON.parse(raw); console.log(d.transactionReference, d.payload.metainfo); } window.addEventListener('message', (e) => parseIt(e.data));`],
    ['Vue composition onMounted', `function onMsg(e) { const d = JSON.parse(e.data); console.log(d.transactionReference, d.payload.metainfo); } onMounted(() => window.addEventListener('message', onMsg));`],
  ])('%s', (_name, code) => {
    const h = one(code);
    expect(h.verdict.proven).toBe(true);
    expect(paths(h)).toContain('transactionReference');
  });

  it('ignores message listeners on other targets (workers, sockets, MQTT clients, document)', () => {
    expect(handlers(`worker.onmessage = (e) => JSON.parse(e.data).transactionReference;
client.on('message', (t, m) => JSON.parse(m).payload.metainfo);
socket.addEventListener('message', (e) => JSON.parse(e.data).payload.metainfo);
document.addEventListener('message', (e) => JSON.parse(e.data).payload.metainfo);`)).toHaveLength(0);
  });
});

describe('data flow', () => {
  it('follows parse spellings, aliases, destructuring, optional chaining, bracket and in checks', () => {
    const h = one(`window.addEventListener('message', (event) => {
  let data;
  try { data = window['JSON'].parse(event.data); } catch { return; }
  const alias = data;
  const { transactionReference: a, payload: { metainfo } } = alias;
  if ('transactionReference' in data && data?.['transactionReference'] && alias.hasOwnProperty('transactionReference')) use(a, metainfo.code);
});`);
    expect(h.data.parses).toBe(true);
    expect(h.data.reads.filter((r) => r.path.join('.') === 'transactionReference').map((r) => r.kind).sort())
      .toEqual(['destructure', 'element', 'hasOwn', 'in']);
    expect(paths(h)).toContain('payload.metainfo.code');
  });

  it('looks through type assertions on the event', () => {
    const h = one(`window.addEventListener('message', (e: Event) => { const d = JSON.parse((e as MessageEvent).data as string); if (!(<MessageEvent>e).origin.endsWith('.netverify.com')) return; keep(d.transactionReference); });`);
    expect(h.data.parses).toBe(true);
    expect(h.origins.map((o) => o.value)).toEqual(['.netverify.com']);
  });

  it('parses through a raw variable with a typeof guard and a conditional', () => {
    const h = one(`addEventListener('message', ({ data: raw }) => {
  const data = typeof raw === 'string' ? JSON.parse(raw) : raw;
  if (data.eventType === 510) show(data.transactionReference);
});`);
    expect(h.data.parses).toBe(true);
    expect(h.verdict.proven).toBe(true);
  });

  it('follows the object into local helpers and records global hand-offs and escapes', () => {
    const h = one(`function handle(d) { store(d.transactionReference); window.onJumioResult(d); fetch('/x', { body: JSON.stringify(d) }); }
window.addEventListener('message', (e) => { const data = JSON.parse(e.data); console.log(JSON.stringify(data)); handle(data); });`);
    expect(paths(h)).toContain('transactionReference');
    expect(h.data.handoffs.map((x) => x.name)).toEqual(['onJumioResult']);
    expect(h.data.escapes.map((x) => x.to)).toEqual(['JSON.stringify']);
    expect(h.verdict.proven).toBe(true);
  });

  it('treats a bare call of an undeclared name as a global hand-off', () => {
    const h = one(`window.addEventListener('message', (e) => { const data = JSON.parse(e.data); console.log(data.payload.metainfo, data.eventType); onJumioResult(data); setTimeout(() => 0); });`, 'js');
    expect(h.data.handoffs.map((x) => x.name)).toEqual(['onJumioResult']);
    expect(h.data.escapes).toEqual([]);
  });

  it('does not confuse a shadowing variable with the parsed object', () => {
    const h = one(`window.addEventListener('message', (e) => {
  const data = JSON.parse(e.data);
  console.log(data.payload.metainfo, data.eventType);
  [1].forEach((data) => console.log(data.transactionReference));
});`);
    expect(paths(h)).not.toContain('transactionReference');
  });
});

describe('the proof and its tie-breakers', () => {
  const handler = (inner: string, origin = '') =>
    `window.addEventListener('message', (event) => { ${origin} const data = JSON.parse(event.data); ${inner} });`;

  it('transactionReference + payload.value alone are not enough (2 < threshold)', () => {
    expect(one(handler(`if (data.payload.value === 'success') pay(data.transactionReference);`)).verdict.proven).toBe(false);
  });
  it('our own TODO(netverify-migrate) markers inside a handler do not count as naming Jumio (idempotent reruns)', () => {
    const weak = `if (data.payload.value === 'success') pay(data.transactionReference);`;
    const marked = `\n// TODO(netverify-migrate): iframe-event-handler: check this handler\n${weak}`;
    expect(one(handler(marked)).verdict.proven).toBe(false);
    expect(one(handler(`\n// the Jumio web client posts this\n${weak}`)).verdict.proven).toBe(true);
  });
  it('adding a third generic field (authorizationToken) is enough', () => {
    expect(one(handler(`if (data.payload.value === 'success') go(data.transactionReference, data.authorizationToken);`)).verdict.proven).toBe(true);
  });
  it('payload.metainfo (Jumio-specific) plus one field is enough', () => {
    expect(one(handler(`log(data.transactionReference, data.payload.metainfo);`)).verdict.proven).toBe(true);
  });
  it('eventType compared with 510 counts double; compared with anything else counts against', () => {
    expect(one(handler(`if (data.eventType === 510) log(data.transactionReference);`)).verdict.proven).toBe(true);
    expect(one(handler(`if (data.eventType === 'charge') log(data.transactionReference, data.payload.value, data.dateTime);`)).verdict.proven).toBe(false);
  });
  it('Jumio error codes count', () => {
    expect(one(handler(`switch (data.payload.metainfo.code) { case 9200: case 9820: retry(data.transactionReference); }`)).verdict.proven).toBe(true);
  });
  it('keys Jumio never sends count against', () => {
    const v = one(handler(`go(data.transactionReference, data.authorizationToken, data.payload.value, data.amount, data.currency);`)).verdict;
    expect(v.proven).toBe(false);
  });
  it('another vendor named in the handler counts against', () => {
    expect(one(handler(`stripeResult(data.transactionReference, data.authorizationToken, data.payload.value);`)).verdict.proven).toBe(false);
  });
  it('an origin check against a non-Jumio host vetoes, whatever the fields', () => {
    const v = one(handler(`log(data.transactionReference, data.payload.metainfo.code, data.eventType);`, `if (event.origin !== 'https://pay.example.com') return;`)).verdict;
    expect(v.proven).toBe(false);
    expect(v.veto).toMatch(/non-Jumio/);
  });
  it('a localhost origin check is not another vendor', () => {
    expect(one(handler(`log(data.transactionReference, data.payload.metainfo.code);`, `if (event.origin === 'http://localhost:3000') return;`)).verdict.proven).toBe(true);
  });
  it('an origin check against a legacy Jumio host proves it on its own', () => {
    expect(one(handler(`save(data.transactionReference);`, `if (!event.origin.endsWith('.netverify.com')) return;`)).verdict.proven).toBe(true);
  });
  it('without JSON.parse of event.data nothing is proven (the legacy client posts a string)', () => {
    expect(one(`window.addEventListener('message', (e) => { const d = e.data; log(d.transactionReference, d.payload.metainfo.code, d.eventType); });`).verdict.proven).toBe(false);
  });
  it('an already migrated handler (workflowExecutionId, accountId) is still recognised', () => {
    expect(one(handler(`log(data.workflowExecutionId, data.accountId, data.payload.value);`)).verdict.proven).toBe(true);
  });
});

describe('legacy web-client URLs', () => {
  it('recognises the web client, the widget script and the resources host; prints no query', () => {
    const text = `a https://acme.netverify.com/web/v4/app?authorizationToken=SECRET b //resources.netverify.com/x.js c https://lon.netverify.com/widget/jumio-verify/2.0/iframe-script.js`;
    const found = findWebClientUrls(text);
    expect(found.map((f) => f.kind)).toEqual(['web-client', 'resources', 'widget-script']);
    expect(found.map((f) => f.display).join(' ')).not.toMatch(/SECRET|authorizationToken/);
    expect(found[0]!.host.prefix).toBe('acme');
  });
  it('needs host and path together', () => {
    expect(classifyWebClientUrl('https://netverify.com/api/v4/initiate')).toBeUndefined();
    expect(classifyWebClientUrl('https://example.com/web/v4/app')).toBeUndefined();
    expect(classifyWebClientUrl('https://acme.web.amer-1.jumio.ai/web/v4/app')).toBeUndefined();
    expect(classifyWebClientUrl('https://acme.netverify.com/about')).toBeUndefined();
  });
});

describe('fileHasProvenJumioHandler (used by iframe-allow)', () => {
  const page = (script: string): RuleFile => {
    const text = `<html><body><iframe></iframe><script>${script}</script><script>function onMsg(e) { var d = JSON.parse(e.data); show(d.transactionReference, d.payload.metainfo.code); }</script></body></html>`;
    const html = parseEmbedded(text, false);
    const scripts = html.scripts.map((b) => ({
      sourceFile: project.createSourceFile(`/p${++n}.js`, text.slice(b.start, b.end)), offset: b.start, jsx: false, language: 'js' as const,
    }));
    return { path: 'p.html', absPath: '/p.html', text, kind: 'html', scripts, html };
  };
  it('finds a handler attached in one block and defined in another', () => {
    expect(fileHasProvenJumioHandler(page(`window.addEventListener('message', onMsg);`))).toBe(true);
  });
  it('is false when nothing attaches the handler', () => {
    expect(fileHasProvenJumioHandler(page(`var x = 1;`))).toBe(false);
  });
});
