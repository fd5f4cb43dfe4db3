// Face login for multi-region tenants: the initiate URL comes from the shared builder module.
import got from 'got';
import { authInitiateUrl, type DataCentre } from './jumio-urls';

interface Tenant {
  dataCentre: DataCentre;
  jumioToken: string;
  jumioSecret: string;
}

export async function startTenantFaceLogin(tenant: Tenant, enrollmentReference: string, userId: string) {
  const body = await got
    .post(authInitiateUrl(tenant.dataCentre), {
      json: { enrollmentTransactionReference: enrollmentReference, userReference: userId },
      username: tenant.jumioToken,
      password: tenant.jumioSecret,
    })
    .json<{ redirectUrl: string; transactionReference: string }>();
  return { url: body.redirectUrl, reference: body.transactionReference };
}
