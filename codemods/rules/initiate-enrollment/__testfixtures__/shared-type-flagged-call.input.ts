// Two v4 initiates read the response through one type alias; the first sends options declared outside its function,
// so it is only flagged and keeps reading the legacy fields. The alias stays legacy for it; the migrated call after
// it gets a KYX copy.
import axios from 'axios';

type V4InitiateResponse = {
  timestamp: string;
  transactionReference: string;
  redirectUrl?: string;
};

const sharedConfig = { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' }, timeout: 10000 };

export async function startWithSharedConfig(customerId: string): Promise<string | undefined> {
  const { data } = await axios.post<V4InitiateResponse>('https://netverify.com/api/v4/initiate', { customerInternalReference: customerId, workflowId: 200 }, sharedConfig);
  return data.redirectUrl;
}

export async function startIdentityCheck(customerId: string): Promise<{ link?: string; scan: string }> {
  const res = await axios.post<V4InitiateResponse>(
    'https://netverify.com/api/v4/initiate',
    { customerInternalReference: customerId, userReference: customerId, workflowId: 200 },
    { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' } },
  );
  return { link: res.data.redirectUrl, scan: res.data.transactionReference };
}
