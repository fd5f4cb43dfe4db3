// The web-client page served at web.href (kyx) / redirectUrl (legacy). Loaded in an iFrame it behaves like the
// vendor client: postMessage('loaded'), then the outcome ('success' | 'error' + code), then it navigates the
// iFrame itself to successUrl/errorUrl with the mode's query parameters. The outcome is steerable (see
// OutcomeBook and docs/emulator.md).
import { IFRAME_EVENT_TYPE_STATE_CHANGE, LEGACY, WEB_CLIENT_APP_PATH } from '../api/index.js';
import type { Backend, WebSession } from './backend.js';
import { exactPath, type Ctx, type Route } from './context.js';
import { errorReply, htmlEscape, isPlainObject, scriptJson, type Reply } from './http-util.js';
import type { WebOutcome } from './types.js';

/** The page's own report call (emulator-only: it marks the workflow ACQUIRED / the transaction STARTED). */
export const WEB_REPORT_PATH = '/web/v4/api/report';
/** event.data key names (retained unchanged between the two APIs), handed to the page script. */
const EVENT_KEYS = {
  eventType: LEGACY.eventType,
  dateTime: LEGACY.dateTime,
  payload: LEGACY.payload,
  value: LEGACY.value,
  metainfo: LEGACY.metainfo,
  code: LEGACY.code,
};
/** errorCode for a missing, invalid or expired authorization token (both APIs). */
const TOKEN_ERROR_CODE = 9200;
const DEFAULT_ERROR_CODE = 9100;
const DEFAULT_DELAY_MS = 50;

/** Outcome settings from the control API: per execution first, then the global one, then success. */
export class OutcomeBook {
  private global: WebOutcome | undefined;
  private perExecution = new Map<string, WebOutcome>();

  set(o: WebOutcome): void {
    if (o.outcome !== 'success' && o.outcome !== 'error') throw new TypeError("outcome must be 'success' or 'error'");
    if (o.errorCode !== undefined && !Number.isInteger(o.errorCode)) throw new TypeError('errorCode must be an integer');
    if (o.delayMs !== undefined && !(typeof o.delayMs === 'number' && o.delayMs >= 0)) throw new TypeError('delayMs must be a number >= 0');
    if (o.workflowExecutionId !== undefined) this.perExecution.set(o.workflowExecutionId, { ...o });
    else this.global = { ...o };
  }

  get(reference: string): WebOutcome {
    return this.perExecution.get(reference) ?? this.global ?? { outcome: 'success' };
  }

  clear(): void {
    this.global = undefined;
    this.perExecution.clear();
  }
}

function withParams(base: string | undefined, params: Record<string, string>): string | undefined {
  if (base === undefined || !URL.canParse(base)) return undefined;
  const u = new URL(base);
  // Only web URLs are navigated to (a javascript: URL would run in the page's origin).
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

interface PagePlan {
  fields: Record<string, unknown>;
  outcome: 'success' | 'error';
  errorCode?: number;
  delayMs: number;
  redirect?: string;
  report: boolean;
}

function plan(session: WebSession | undefined, token: string, ctx: Ctx, book: OutcomeBook): PagePlan {
  if (!session || session.unusable) {
    return {
      fields: session ? session.eventFields : { [LEGACY.authorizationToken]: token },
      outcome: 'error',
      errorCode: TOKEN_ERROR_CODE,
      delayMs: 0,
      redirect: session ? withParams(session.errorUrl, session.redirectParams('ERROR', TOKEN_ERROR_CODE)) : undefined,
      report: false,
    };
  }
  // A query parameter on the page URL wins over the control API (handy when a test builds the iFrame src).
  const q = ctx.url.searchParams.get('emulatorOutcome');
  const qCode = Number(ctx.url.searchParams.get('emulatorErrorCode') ?? NaN);
  const chosen: WebOutcome = q === 'success' || q === 'error' ? { outcome: q, errorCode: Number.isInteger(qCode) ? qCode : undefined } : book.get(session.reference);
  const errorCode = chosen.outcome === 'error' ? (chosen.errorCode ?? DEFAULT_ERROR_CODE) : undefined;
  const redirect =
    chosen.outcome === 'success'
      ? withParams(session.successUrl, session.redirectParams('SUCCESS'))
      : withParams(session.errorUrl, session.redirectParams('ERROR', errorCode));
  return { fields: session.eventFields, outcome: chosen.outcome, errorCode, delayMs: chosen.delayMs ?? DEFAULT_DELAY_MS, redirect, report: true };
}

export function renderPage(p: PagePlan, token: string, locale: string, webHost: string): string {
  const cfg = {
    fields: p.fields,
    keys: EVENT_KEYS,
    eventType: IFRAME_EVENT_TYPE_STATE_CHANGE,
    outcome: p.outcome,
    errorCode: p.errorCode,
    delayMs: p.delayMs,
    redirect: p.redirect ?? null,
    report: p.report,
    token,
    reportPath: WEB_REPORT_PATH,
  };
  return `<!doctype html>
<html lang="${htmlEscape(locale)}">
<head><meta charset="utf-8"><title>Jumio web client (netverify-migrate emulator)</title></head>
<body data-web-host="${htmlEscape(webHost)}">
<main><h1>Identity check (emulated)</h1><p id="status">Loading…</p></main>
<script>
(function () {
  var cfg = ${scriptJson(cfg)};
  var status = document.getElementById('status');
  function send(value, code) {
    if (window.parent === window) return; // like the vendor client: events only inside an iFrame
    var K = cfg.keys, data = {}, payload = {};
    for (var k in cfg.fields) data[k] = cfg.fields[k];
    data[K.eventType] = cfg.eventType;
    data[K.dateTime] = new Date().toISOString();
    payload[K.value] = value;
    if (code !== undefined && code !== null) { payload[K.metainfo] = {}; payload[K.metainfo][K.code] = code; }
    data[K.payload] = payload;
    window.parent.postMessage(JSON.stringify(data), '*');
  }
  function finish() {
    send(cfg.outcome, cfg.outcome === 'error' ? cfg.errorCode : undefined);
    status.textContent = cfg.outcome === 'success' ? 'Done.' : 'Error ' + cfg.errorCode + '.';
    if (cfg.redirect) setTimeout(function () { window.location.href = cfg.redirect; }, 100);
  }
  send('loaded');
  setTimeout(function () {
    if (!cfg.report) return finish();
    fetch(cfg.reportPath, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ authorizationToken: cfg.token, outcome: cfg.outcome, errorCode: cfg.errorCode }) })
      .then(finish, finish);
  }, cfg.delayMs);
})();
</script>
</body>
</html>
`;
}

export function webClientRoutes(backend: Backend, book: OutcomeBook, webHost: string): Route[] {
  return [
    {
      id: 'webClient',
      method: 'GET',
      pattern: exactPath(WEB_CLIENT_APP_PATH),
      handler: (ctx: Ctx): Reply => {
        const token = ctx.url.searchParams.get(LEGACY.authorizationToken) ?? '';
        const session = token ? backend.webSession(token) : undefined;
        const p = plan(session, token, ctx, book);
        const locale = session?.locale ?? ctx.url.searchParams.get(LEGACY.locale) ?? 'en';
        return {
          status: session ? 200 : 401,
          headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
          body: renderPage(p, token, locale, webHost),
        };
      },
    },
    {
      id: 'webClientReport',
      method: 'POST',
      pattern: exactPath(WEB_REPORT_PATH),
      handler: (ctx: Ctx): Reply => {
        const b = ctx.body.value;
        if (!isPlainObject(b) || typeof b.authorizationToken !== 'string') return errorReply(400, 'authorizationToken is required', 'authorizationToken');
        const session = backend.webSession(b.authorizationToken);
        if (!session) return errorReply(401, 'invalid authorization token', 'authorizationToken');
        if (session.unusable) return errorReply(409, 'authorization token already used or expired', 'authorizationToken');
        session.reportAcquired(b.outcome === 'success');
        return { status: 204 };
      },
    },
  ];
}
