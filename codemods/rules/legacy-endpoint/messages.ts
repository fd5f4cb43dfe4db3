// What a human must do for each kind of legacy URL the catch-all rule finds.
import { kyxHost, type KyxRegion } from '../../../api/index.js';
import type { LegacyUrlHit } from './find-legacy-urls.js';

function target(service: 'account' | 'retrieval', region: KyxRegion | undefined): string {
  return region ? kyxHost(service, region) : `${service}.<region>.jumio.ai`;
}

export function messageFor(hit: LegacyUrlHit): string {
  const where = hit.display;
  const region = hit.host.region;
  switch (hit.route) {
    case 'auth-initiate':
    case 'v4-initiate':
    case 'facemap-initiate':
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
      return `legacy Jumio API base URL ${where}: calls built on it must move to the KYX platform ` +
        `(${target('account', region)}); migrate them by hand (see MIGRATION.md)`;
    default:
      return `legacy Jumio Netverify endpoint ${where} has no KYX rewrite in this tool: migrate it by hand (see MIGRATION.md)`;
  }
}
