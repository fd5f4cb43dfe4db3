// The manual item for a legacy authentication callback handler: what the KYX callback is, and for every legacy
// field this handler reads, where that information is now. Texts come from api/ tables.
import { AUTH_CALLBACK_FIELDS, KYX_REGIONS, transactionResultTableText, LEGACY } from '../../../api/index.js';
import {
  KYX_CALLBACK_CONTENT_TYPE,
  KYX_CALLBACK_SOURCES,
  KYX_CALLBACK_STATUSES,
  LEGACY_CALLBACK_CONTENT_TYPE,
} from '../../../api/callback-sources.js';

export function handlerMessage(fields: readonly string[]): string {
  const perField = fields
    .map((name) => {
      const f = AUTH_CALLBACK_FIELDS.find((x) => x.legacy === name);
      if (!f) return undefined;
      return `${name} → ${f.kyx ?? 'gone'} (${f.certainty}: ${f.note})`;
    })
    .filter(Boolean)
    .join('; ');
  return (
    `legacy Jumio authentication callback: KYX posts ${KYX_CALLBACK_CONTENT_TYPE} (not ${LEGACY_CALLBACK_CONTENT_TYPE}: parse JSON, and accept both ` +
    `while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status ` +
    `${KYX_CALLBACK_STATUSES.join(' | ')} } and account { id, href }, and no result or images: store it, answer 200, then GET ` +
    `workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (${LEGACY.transactionResult}: ${transactionResultTableText()}).` +
    (perField ? ` Fields read here: ${perField}.` : '') +
    ` Callback sources change: allow ${KYX_REGIONS.map((r) => KYX_CALLBACK_SOURCES[r].hostname).join(', ')} (see MIGRATION.md).` +
    ' Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).'
  );
}

export function allowlistMessage(): string {
  return `legacy Jumio callback source allowlist: KYX callbacks come from ${KYX_REGIONS.map((r) => `${KYX_CALLBACK_SOURCES[r].hostname} (${KYX_CALLBACK_SOURCES[r].ips.join(', ')})`).join('; ')} per the newer docs; resolve the hostname rather than hard-coding IPs`;
}
