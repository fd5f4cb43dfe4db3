// Multi-region face login; each tenant is hosted in one Jumio data centre.
import axios from 'axios';

const INITIATE_URLS = Object.freeze({
  US: 'https://netverify.com/api/authentication/v1/web/initiate',
  EU: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
  SG: 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate',
});

export async function startTenantFaceLogin(tenant, user) {
  const response = await axios.post(
    INITIATE_URLS[tenant.dataCenter],
    {
      enrollmentTransactionReference: user.enrollmentReference,
      userReference: user.id,
      successUrl: tenant.successUrl,
    },
    { auth: { username: tenant.jumioToken, password: tenant.jumioSecret } },
  );
  return { url: response.data.redirectUrl, ref: response.data.transactionReference };
}
