import axios, { type AxiosRequestConfig } from 'axios';

const V4_INITIATE = 'https://lon.netverify.com/api/v4/initiate';

function jumioRequestConfig(): AxiosRequestConfig {
  return {
    auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
    headers: { 'User-Agent': 'Wren Insurance/1.0', Accept: 'application/json' },
    timeout: 30000,
  };
}

export async function createIdentityCheck(policyHolderId: string): Promise<{ link: string; scanReference: string }> {
  const { data } = await axios.post(
    V4_INITIATE,
    { customerInternalReference: policyHolderId, userReference: policyHolderId, workflowId: 200 },
    jumioRequestConfig(),
  );
  return { link: data.redirectUrl, scanReference: data.transactionReference };
}
