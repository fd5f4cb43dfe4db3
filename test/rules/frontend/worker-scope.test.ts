// Worker and service-worker scripts (analysis-frontend/worker-scope.ts): `self`, `globalThis` and bare listeners
// there hear the page or main thread, never the web-client iFrame; in a page `self` is the window.
import { describe, expect, it } from 'vitest';
import { Project, ts } from 'ts-morph';
import { analyzeMessageHandlers } from '../../../codemods/analysis-frontend/index.js';

const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve } });
let n = 0;
const body = `(e) => { const d = JSON.parse(e.data); console.log(d.transactionReference, d.payload.metainfo.code, d.eventType === 510); }`;
const count = (name: string, code: string): number => analyzeMessageHandlers(project.createSourceFile(`/d${++n}/${name}`, code)).length;

describe('worker scope', () => {
  it.each(['sw.js', 'service-worker.js', 'serviceworker.ts', 'kyc-events.worker.ts', 'worker.js', 'app.sw.mjs'])('%s: self, globalThis and bare listeners are not window listeners', (name) => {
    expect(count(name, `self.addEventListener('message', ${body});`)).toBe(0);
    expect(count(name, `addEventListener('message', ${body});`)).toBe(0);
    expect(count(name, `globalThis.onmessage = ${body};`)).toBe(0);
    expect(count(name, `onmessage = ${body};`)).toBe(0);
  });

  it.each([
    ['the webworker lib reference', '/// <reference lib="webworker" />\n'],
    ['a worker scope type', 'declare const self: ServiceWorkerGlobalScope;\n'],
    ['importScripts', "importScripts('/x.js');\n"],
    ['self.clients', 'self.clients.claim();\n'],
    ['a service-worker lifecycle event', "self.addEventListener('fetch', (e) => e.respondWith(fetch(e.request)));\n"],
  ])('a script using %s is a worker', (_, head) => {
    expect(count('events.js', `${head}self.addEventListener('message', ${body});`)).toBe(0);
  });

  it('a page script (self is the window) and an explicit window listener in a worker-looking file still count', () => {
    expect(count('kyc.js', `self.addEventListener('message', ${body});`)).toBe(1);
    expect(count('worker-onboarding.js', `onmessage = ${body};`)).toBe(1);
    expect(count('sw.js', `window.addEventListener('message', ${body});`)).toBe(1);
  });
});
