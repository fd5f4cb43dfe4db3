// Worker and service-worker scripts. There `self`, `globalThis` and bare `addEventListener`/`onmessage` are the
// worker's global scope: its `message` events come from the page or main thread (`worker.postMessage`,
// `client.postMessage`), never from the web-client iFrame — whatever they carry (a payment sync queue posting
// `transactionReference` and `payload.value`, hold-out round 4). In a page `self === window`, so the two are told
// apart by the file: its name (`x.worker.ts`, `sw.js`, `service-worker.js`) or what only a worker uses.
import { Node, type SourceFile } from '#ts-morph';
import { unwrap } from './syntax.js';

const WORKER_FILE_NAME = /(^|[./_-])(worker|sw|service-?worker)\.[cm]?[jt]sx?$/i;

/** Worker-only API: the webworker lib reference, worker scope types, importScripts, service-worker lifecycle. */
const WORKER_ONLY = [
  /\/\/\/\s*<reference\s+lib=["']webworker["']/,
  /\b(Dedicated|Shared|Service)?WorkerGlobalScope\b/,
  /(^|[^.\w$])importScripts\s*\(/m,
  /\bself\.(skipWaiting|registration|clients)\b/,
  /(^|[^.\w$])clients\.(claim|matchAll|openWindow)\s*\(/m,
  /\baddEventListener\(\s*['"](install|activate|fetch|push|sync|notificationclick|connect)['"]/,
];

const cache = new WeakMap<SourceFile, boolean>();

export function isWorkerScript(sf: SourceFile): boolean {
  let v = cache.get(sf);
  if (v === undefined) {
    v = WORKER_FILE_NAME.test(sf.getBaseName()) || WORKER_ONLY.some((re) => re.test(sf.getFullText()));
    cache.set(sf, v);
  }
  return v;
}

/** Can a `message` listener on `target` (undefined: a bare call or `onmessage`) in `sf` hear the web client?
 * In a worker script only an explicit `window` can (kept so that a misjudged page loses nothing). */
export function hearsWindowMessages(sf: SourceFile, target: Node | undefined): boolean {
  if (!isWorkerScript(sf)) return true;
  const u = target && unwrap(target);
  return !!u && Node.isIdentifier(u) && u.getText() === 'window';
}
