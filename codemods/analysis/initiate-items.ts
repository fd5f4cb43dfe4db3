// The manual items a migrated initiate call leaves for a human (initiate-call.ts puts them at the call): the error
// path the new awaits bypass, and what every migrated authentication or enrolment still needs.
import { LEGACY, LEGACY_V4_CALLBACK } from '../../api/index.js';
import type { InitiateKind } from './body-mapping.js';
import { HELPER_EXPORTS } from './kyx-helper.js';
import type { HttpCall } from './http-calls.js';
import type { SourceFile } from '#ts-morph';
import { transportItems } from './transport-options.js';

/** The awaits added before the call reject the enclosing function, so `errorPath` (a callback, a .catch()) never sees
 * their failure. `madeAsync`: the function was not async before the migration. */
export function errorPathItem(kind: InitiateKind, errorPath: string, madeAsync: boolean): string {
  // An enrolment awaits only the token (it has no account to look up).
  const awaited = kind === 'authentication' ? 'the KYX account lookup and token' : 'the KYX token';
  return madeAsync
    ? `the enclosing function was made async (it awaits ${awaited}): a failure there rejects its promise ` +
      `and never reaches ${errorPath}: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)`
    : `${awaited} ${kind === 'authentication' ? 'are' : 'is'} awaited before this call is made: a failure there rejects the enclosing function ` +
      `and never reaches ${errorPath}: wrap the new awaits in try/catch and hand the error to it`;
}

/** What every migrated call of `kind` still needs; `bodyFields` are the legacy body's keys; then the call's own
 * transport the helper's token request does not share (transport-options.ts). */
export function followUpItems(kind: InitiateKind, helperFile: string, bodyFields: ReadonlySet<string>, http: HttpCall, sf: SourceFile): string[] {
  return [...kindItems(kind, helperFile, bodyFields), ...transportItems(http, sf, helperFile)];
}

function kindItems(kind: InitiateKind, helperFile: string, bodyFields: ReadonlySet<string>): string[] {
  if (kind === 'authentication') {
    return [`implement ${HELPER_EXPORTS.resolve} in ${helperFile} (enrollment reference → KYX accountId + ID credentialId), ` +
      `and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET`];
  }
  const items = [`store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: ` +
    `authentications need them (${HELPER_EXPORTS.resolve} in ${helperFile}); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET`];
  // The ID-verification callback handler is out of the callback rule's scope, but this call now points KYX at it.
  if (bodyFields.has(LEGACY.callbackUrl)) {
    items.push(`its ${LEGACY.callbackUrl} now receives KYX callbacks: application/json with workflowExecution { id, href, status } ` +
      `and account { id, href }, no verification result or images (GET the workflow details for them) — the handler behind that URL ` +
      `(legacy form fields such as ${LEGACY_V4_CALLBACK.verificationStatus}, ${LEGACY_V4_CALLBACK.jumioIdScanReference}) must change with this call (see MIGRATION.md)`);
  }
  return items;
}
