import axios, { type AxiosRequestConfig } from 'axios';
import { kyxAccessToken } from './kyx-auth';

function jumioRequestConfig(): AxiosRequestConfig {
  return {
    auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
    headers: { 'User-Agent': 'Wren Insurance/1.0', Accept: 'application/json' },
    timeout: 30000,
  };
}

// The config is built by a helper: its auth must not win over the Bearer header, its other options stay.
export async function createIdentityCheck(policyHolderId: string): Promise<{ link: string; scanReference: string }> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxRequestConfig = jumioRequestConfig();
  const { data } = await axios.post(
    'https://account.emea-1.jumio.ai/api/v1/accounts',
    { customerInternalReference: policyHolderId, userReference: policyHolderId, workflowDefinition: { key: 3 } },
    { ...kyxRequestConfig, headers: { ...kyxRequestConfig?.headers, Authorization: `Bearer ${await kyxAccessToken('emea-1')}` }, auth: null as never },
  );
  return { link: data.web.href, scanReference: data.workflowExecution.id };
}

// The config comes from the caller.
export async function createWithConfig(customerId: string, config: AxiosRequestConfig) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', { customerInternalReference: customerId, workflowDefinition: { key: 2 } }, { ...config, headers: { ...config?.headers, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` }, auth: null as never });
  return res.data.web.href as string;
}
