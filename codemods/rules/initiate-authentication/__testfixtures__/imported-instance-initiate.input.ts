// Legacy authentication initiates sent through client instances created in another module (shared-jumio-clients.ts):
// the instance adds the legacy base URL and Basic credentials, so the call must not be migrated here (it would keep
// them) nor pass silently: each call gets an item naming the instance and its module.
import jumioGot, { jumioApi, jumioKy } from './shared-jumio-clients';

interface Started {
  redirectUrl: string;
  transactionReference: string;
}

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<string> {
  const res = await jumioApi.post<Started>('/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollmentReference,
    userReference: userId,
  });
  return res.data.redirectUrl;
}

export async function startWithKy(enrollmentReference: string): Promise<Started> {
  return jumioKy.post('web/initiate', { json: { enrollmentTransactionReference: enrollmentReference } }).json<Started>();
}

// The got instance's prefixUrl comes from the environment: the legacy body and path still say what this is.
export async function startWithGot(enrollmentReference: string): Promise<string> {
  const { body } = await jumioGot.post('authentication/v1/web/initiate', { json: { enrollmentTransactionReference: enrollmentReference }, responseType: 'json' });
  return (body as Started).redirectUrl;
}
