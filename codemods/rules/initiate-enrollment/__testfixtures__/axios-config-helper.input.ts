import axios, { type AxiosRequestConfig } from 'axios';

const V4_INITIATE = 'https://lon.netverify.com/api/v4/initiate';

function jumioRequestConfig(): AxiosRequestConfig {
  return {
    auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
    headers: { 'User-Agent': 'Wren Insurance/1.0', Accept: 'application/json' },
    timeout: 30000,
  };
}

// The config is built by a helper: its auth must not win over the Bearer header, its other options stay.
export async function createIdentityCheck(policyHolderId: string): Promise<{ link: string; scanReference: string }> {
  const { data } = await axios.post(
    V4_INITIATE,
    { customerInternalReference: policyHolderId, userReference: policyHolderId, workflowId: 200 },
    jumioRequestConfig(),
  );
  return { link: data.redirectUrl, scanReference: data.transactionReference };
}

// The config comes from the caller.
export async function createWithConfig(customerId: string, config: AxiosRequestConfig) {
  const res = await axios.post('https://netverify.com/api/v4/initiate', { customerInternalReference: customerId, workflowId: 100 }, config);
  return res.data.redirectUrl as string;
}
