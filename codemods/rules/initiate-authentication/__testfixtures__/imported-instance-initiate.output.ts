// Legacy authentication initiates sent through client instances created in another module (shared-jumio-clients.ts):
// the instance adds the legacy base URL and Basic credentials, so the call must not be migrated here (it would keep
// them) nor pass silently: each call gets an item naming the instance and its module.
import jumioGot, { jumioApi, jumioKy } from './shared-jumio-clients';

interface Started {
  redirectUrl: string;
  transactionReference: string;
}

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: it goes through `jumioApi`, the axios.create() instance of ./shared-jumio-clients (line 8); its base URL makes this call POST https://lon.netverify.com/api/authentication/v1/web/initiate with the instance's legacy Basic credentials. The codemod does not migrate a call whose instance is configured in another module (the instance would still add its base URL and credentials, and serves other calls): migrate this call by hand to the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9) with an OAuth2 bearer token, overriding the instance's base URL and credentials in the call (axios: an absolute URL and auth: null), or send it through a KYX client (see MIGRATION.md)
  const res = await jumioApi.post<Started>('/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollmentReference,
    userReference: userId,
  });
  return res.data.redirectUrl;
}

export async function startWithKy(enrollmentReference: string): Promise<Started> {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: it goes through `jumioKy`, the ky.create() instance of ./shared-jumio-clients (line 14); its base URL makes this call POST https://netverify.com/api/authentication/v1/web/initiate with the instance's legacy Basic credentials. The codemod does not migrate a call whose instance is configured in another module (the instance would still add its base URL and credentials, and serves other calls): migrate this call by hand to the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9) with an OAuth2 bearer token, overriding the instance's base URL and credentials in the call (axios: an absolute URL and auth: null), or send it through a KYX client (see MIGRATION.md)
  return jumioKy.post('web/initiate', { json: { enrollmentTransactionReference: enrollmentReference } }).json<Started>();
}

// The got instance's prefixUrl comes from the environment: the legacy body and path still say what this is.
export async function startWithGot(enrollmentReference: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: it goes through `jumioGot`, the got.extend() instance of ./shared-jumio-clients (line 18); its base URL is a value the codemod cannot read, and this call sends a legacy authentication body to a legacy initiate path. The codemod does not migrate a call whose instance is configured in another module (the instance would still add its base URL and credentials, and serves other calls): migrate this call by hand to the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9) with an OAuth2 bearer token, overriding the instance's base URL and credentials in the call (axios: an absolute URL and auth: null), or send it through a KYX client (see MIGRATION.md)
  const { body } = await jumioGot.post('authentication/v1/web/initiate', { json: { enrollmentTransactionReference: enrollmentReference }, responseType: 'json' });
  return (body as Started).redirectUrl;
}
