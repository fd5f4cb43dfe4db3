// Library entry point: startEmulator(options) → a running KYX (or legacy Netverify) emulator on loopback.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { LEGACY_API_HOSTS, LEGACY_WEB_CLIENT_DOMAIN, kyxOrigin, kyxWebClientHost } from '../api/index.js';
import type { Backend } from './backend.js';
import { CallbackSender } from './callbacks.js';
import { Clock } from './clock.js';
import type { Settings } from './context.js';
import { control } from './control.js';
import { FaultRegistry } from './faults.js';
import { Journal } from './journal.js';
import { kyxBackend } from './kyx-backend.js';
import { legacyBackend } from './legacy-backend.js';
import { handle, type Dispatcher } from './server.js';
import { TokenStore } from './tokens.js';
import { DEFAULT_CLIENT, type Emulator, type EmulatorOptions } from './types.js';
import { OutcomeBook, webClientRoutes } from './web-client.js';

export * from './types.js';

const CLOSE_GRACE_MS = 1000;

function originOf(host: string, port: number, tls: boolean): string {
  const h = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host;
  return `${tls ? 'https' : 'http'}://${h}:${port}`;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  const mode = options.mode ?? 'kyx';
  const region = options.region ?? 'amer-1';
  const prefix = options.webClientPrefix ?? 'acme';
  const settings: Settings = {
    origin: '',
    region,
    clients: options.clients && options.clients.length > 0 ? options.clients.map((c) => ({ ...c })) : [{ ...DEFAULT_CLIENT }],
    webClientPrefix: prefix,
    requireUserConsent: options.requireUserConsent ?? false,
    links: { api: '', web: '' },
    clock: new Clock(),
    invalidTokenStatus: options.invalidTokenStatus ?? 401,
    requireUserAgent: options.requireUserAgent ?? false,
  };
  const journal = new Journal(options.journalLimit ?? 10_000);
  const faults = new FaultRegistry();
  const tokens = new TokenStore(options.tokenExpiresIn ?? 3600, settings.clock);
  const callbacks = new CallbackSender(options.callbackTimeoutMs ?? 5000, options.callbackTls);
  const outcomes = new OutcomeBook();
  const backend: Backend = mode === 'legacy' ? legacyBackend(settings, callbacks, { strictUrls: options.strictUrls ?? false }) : kyxBackend(settings, tokens, callbacks);
  // The hosts the real services live on: shown on the page (data-web-host), and used for links when links='vendor'.
  const webHost = mode === 'legacy' ? `${prefix}.${LEGACY_WEB_CLIENT_DOMAIN}` : kyxWebClientHost(prefix, region);
  const vendorApiOrigin = mode === 'legacy' ? `https://${LEGACY_API_HOSTS[region][0]}` : kyxOrigin('retrieval', region);

  let emulator: Emulator;
  const dispatcher: Dispatcher = {
    routes: [...backend.routes, ...webClientRoutes(backend, outcomes, webHost)],
    settings,
    faults,
    journal,
    tokens,
    control: (req, res, body, path) => control(emulator, req, res, body, path),
  };
  const listener = (req: Parameters<typeof handle>[1], res: Parameters<typeof handle>[2]) => {
    handle(dispatcher, req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`emulator error: ${err instanceof Error ? err.message : String(err)}`);
      } else res.destroy();
    });
  };
  const server: Server = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener) : createHttpServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  settings.origin = originOf(host, port, options.tls !== undefined);
  settings.links = options.links === 'vendor' ? { api: vendorApiOrigin, web: `https://${webHost}` } : { api: settings.origin, web: settings.origin };

  let closing: Promise<void> | undefined;
  emulator = {
    url: settings.origin,
    port,
    mode,
    close() {
      // Graceful: stop accepting, drop idle keep-alive sockets, let in-flight requests finish for up to
      // CLOSE_GRACE_MS, then cut what is left.
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }).then(() => callbacks.close());
      return closing;
    },
    journal: () => journal.list(),
    clearJournal: () => journal.clear(),
    seedAccount: async (opts = {}) => backend.seed(opts),
    finishWorkflow: (ref, outcome) => backend.finish(ref, outcome),
    workflowExecutions: (key) => backend.executions(key),
    injectFault: (f) => faults.add(f),
    clearFaults: () => faults.clear(),
    faults: () => faults.list(),
    setWebOutcome: (o) => outcomes.set(o),
    clearWebOutcomes: () => outcomes.clear(),
    advanceClock: (ms) => settings.clock.advance(ms),
  };
  return emulator;
}
