// The URL comes from the environment with the legacy endpoint as its default: the setting may point anywhere,
// so the call is not rewritten, but it is flagged where it is made (not only where the default is written).
import { request } from 'undici';

const AUTH_URL = process.env.JUMIO_AUTH_URL ?? 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export async function startStepUp(enrollmentTransactionReference) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: its URL is lon.netverify.com/api/authentication/v1/web/initiate by default but can come from a setting (an environment variable or config value) the codemod cannot read: migrate this call by hand to the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9) with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const { body } = await request(AUTH_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference }),
  });
  return (await body.json()).redirectUrl;
}
