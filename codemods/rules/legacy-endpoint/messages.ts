// What a human must do for each kind of legacy URL the catch-all rule finds.
import { KYX_TOKEN_PATH, LEGACY_CUSTOMER_PORTAL_PREFIX, kyxHost, type KyxRegion } from '../../../api/index.js';
import type { LegacyUrlHit } from './find-legacy-urls.js';

function target(service: 'account' | 'retrieval' | 'auth', region: KyxRegion | undefined): string {
  return region ? kyxHost(service, region) : `${service}.<region>.jumio.ai`;
}

/** Where the URL sits: ordinary code, the host of an HTTP mock in a test (nock), the text of a log call, the value a
 * message event's origin is compared with, or a regex the web client URL is tested against. */
export type SiteKind = 'code' | 'test-mock' | 'log' | 'origin-check' | 'url-check' | 'csp';

/** `migratedHere`: another rule migrated calls in this file in this run (so migrated code may still read the URL,
 * e.g. to pick the KYX host of its region, though the URL is in a helper the statement check cannot connect). */
/** `exported`: the URL is a constant the module exports (exported-constants.ts): the run's modules that name it, and
 * whether no module outside the run can import it. */
export function messageFor(hit: LegacyUrlHit, site: SiteKind = 'code', migratedHere = false,
  exported?: { readers: readonly string[]; complete: boolean }): string {
  const where = hit.display;
  const region = hit.host.region;
  if (site === 'test-mock') {
    // The mock stands for the legacy API; once the code is migrated it intercepts nothing.
    return `test mock of the legacy Jumio API ${where}: the migrated code calls KYX instead (token: ` +
      `${target('auth', region)}${KYX_TOKEN_PATH}; initiate: ${target('account', region)}; retrieval: ` +
      `${target('retrieval', region)}): mock those hosts with KYX-shaped responses, or remove the mock (see MIGRATION.md)`;
  }
  if (site === 'log') {
    return `a log message names the legacy Jumio endpoint ${where} (no call is made here): update the text once the ` +
      `calls are migrated to KYX`;
  }
  if (site === 'origin-check') {
    // A handler iframe-event-handler proves gets its check translated; this one it could not prove (no Jumio event
    // shape read): the check is about the sender of postMessage events, not an API base URL.
    return `message origin checked against the legacy Jumio host ${where}: once the iframe shows the KYX web client ` +
      `(web.href), its events come from *.web.<region>.jumio.ai — check that origin instead if this handler takes the ` +
      `Jumio web client's events (see MIGRATION.md)`;
  }
  if (site === 'url-check') {
    // A guard on the URL the initiate answers with (`/^https:\/\/acme\.netverify\.com\//.test(started.web.href)`).
    return `the web client URL is checked against the legacy Jumio web client ${where}: the KYX account response's ` +
      `web.href is served from *.web.<region>.jumio.ai, so once the initiate is migrated this check fails for every ` +
      `answer — check that host instead (see MIGRATION.md)`;
  }
  if (site === 'csp' && hit.route === 'base-url' && !hit.wildcard && hit.host.kind !== 'web-client') {
    // An API host (`lon.netverify.com`) in a CSP source list: the browser framed the legacy web client there; no call
    // is built on it (white-label and wildcard hosts have their own message below).
    return `legacy Jumio host ${where} in a Content-Security-Policy source list: the KYX web client is served from ` +
      `*.web.<region>.jumio.ai (the account response's web.href) — allow that host instead (frame-src) once the ` +
      `calls are migrated, and drop the legacy one (see MIGRATION.md)`;
  }
  switch (hit.route) {
    case 'auth-initiate':
    case 'v4-initiate':
    case 'facemap-initiate':
      if (migratedHere) {
        return `legacy Jumio initiate endpoint ${where} is left after the calls in this file were migrated: if ` +
          `migrated code still reads it only to pick the KYX host of its region, keep it (or replace it with the ` +
          `region); a call that still sends to it must move to the KYX account API on ${target('account', region)} ` +
          `with an OAuth2 bearer token (see MIGRATION.md)`;
      }
      // The calls are made by the modules importing it: those the initiate rules migrated stop reading it.
      if (exported?.readers.length) {
        return `legacy Jumio initiate endpoint ${where} is exported to ${exported.readers.join(', ')}, where the calls are made: ` +
          `a call the codemod migrated there no longer reads it (see that module's items); move any other reader to the ` +
          `KYX account API on ${target('account', region)} with an OAuth2 bearer token, and remove it once no code reads it (see MIGRATION.md)`;
      }
      if (exported?.complete) {
        return `legacy Jumio initiate endpoint ${where} is exported, but no module of the repository reads it: remove it ` +
          `(an initiate call goes to the KYX account API on ${target('account', region)} with an OAuth2 bearer token; see MIGRATION.md)`;
      }
      return `legacy Jumio initiate endpoint ${where} was not migrated automatically (no call using it was proven here): ` +
        `move it to the KYX account API on ${target('account', region)} with an OAuth2 bearer token (see MIGRATION.md)`;
    case 'auth-retrieval':
      return `legacy Jumio authentication retrieval ${where}: use GET ${target('retrieval', region)}` +
        `/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} (see MIGRATION.md)`;
    case 'web-client':
      return `legacy Jumio web client ${where}: the KYX web client URL is the account response's web.href ` +
        `(host *.web.<region>.jumio.ai); update embeds and origin checks`;
    case 'widget-script':
      return `legacy Jumio v3 widget script ${where}: replace it with the KYX web client (web.href in an iframe)`;
    case 'base-url':
      // The legacy Customer Portal has the shape of a white-label web client (api/hosts.ts).
      if (hit.host.kind === 'web-client' && hit.host.prefix === LEGACY_CUSTOMER_PORTAL_PREFIX) {
        return `legacy Jumio Customer Portal link ${where}: transactions made on KYX are not in the legacy portal — point ` +
          `the link at the KYX Customer Portal once the calls are migrated (see MIGRATION.md)`;
      }
      if (hit.wildcard) {
        // `https://*.netverify.com` in a CSP source list or an origin allow-list: the legacy white-label web clients.
        return `legacy Jumio wildcard host ${where} (a CSP source or origin allow-list: the legacy white-label web ` +
          `clients): the KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) — allow ` +
          `and check that host instead once the calls are migrated (see MIGRATION.md)`;
      }
      if (hit.host.kind === 'web-client') {
        // A white-label web-client host with no API path: an embed, a CSP frame-src, an origin allow-list.
        return `legacy Jumio white-label web-client host ${where} (an iframe embed, CSP frame-src or origin allow-list): the ` +
          `KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) — allow and check that ` +
          `host instead once the calls are migrated (see MIGRATION.md)`;
      }
      // Only this file is known here: the calls built on the base may live in other modules and may already have
      // been migrated by another rule in this run, so the message must hold either way.
      return `legacy Jumio API base URL ${where}: a call still built on it must move to KYX by hand (initiate: ` +
        `${target('account', region)}; retrieval: ${target('retrieval', region)}; see MIGRATION.md); calls this ` +
        `tool migrated send nothing to it (some still read it to pick the KYX host of their region): update or ` +
        `remove it once no code reads it`;
    default:
      // The authentication collection itself (`'…/v2/authentications/' + ref`, the reference appended elsewhere).
      if (/\/api\/netverify\/v2\/authentications\/?$/.test(where)) {
        return `legacy Jumio authentication API base ${where}: its calls move to ${target('retrieval', region)}` +
          `/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} (GET for the details, DELETE to delete; see MIGRATION.md)`;
      }
      return `legacy Jumio Netverify endpoint ${where} has no KYX rewrite in this tool: migrate it by hand (see MIGRATION.md)`;
  }
}

/** A host-less legacy path (`'/api/authentication/v1/web/initiate'` with the base URL set elsewhere). */
export function pathOnlyMessage(route: 'auth-initiate' | 'auth-retrieval', path: string): string {
  const own = 'a route of your own on this path (a proxy, a test mock, the netverify-migrate shim) can stay';
  return route === 'auth-initiate'
    ? `legacy Jumio initiate path ${path}, its host set elsewhere (a client base URL, an API name, a config value): a call ` +
      `that sends it to a legacy Jumio host must move to the KYX account API (account.<region>.jumio.ai, OAuth2 bearer token; see MIGRATION.md); ${own}`
    : `legacy Jumio authentication retrieval path ${path}, its host set elsewhere (a client base URL, an API name, a config value): ` +
      `a call that sends it to a legacy Jumio host must move to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/` +
      `{workflowExecutionId} (see MIGRATION.md); ${own}`;
}
