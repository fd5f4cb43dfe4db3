// The legacy v4 initiate sent to a host the codemod cannot see (a config value, a constructor parameter) is reported
// at the call. The body says what it is: customerInternalReference with a field only the v4 request has (workflowId,
// a top-level successUrl…). A KYX account create (workflowDefinition) and other APIs' /v4/initiate stay untouched.
import axios from 'axios';
// The app's config, loaded from its config service at start-up.
declare const config: {
  kyc: { baseUrl: string; apiToken: string; apiSecret: string }; kyx: { accountOrigin: string }; wallet: { base: string }; crm: { base: string };
};

export async function enrol(userId: string) {
  const { data } = await axios.post(`${config.kyc.baseUrl}/api/v4/initiate`, {
    customerInternalReference: userId,
    userReference: userId,
    workflowId: 200,
  }, { auth: { username: config.kyc.apiToken, password: config.kyc.apiSecret } });
  return data.redirectUrl;
}

export class IdentityApi {
  // identityApi = 'https://lon.netverify.com/api/v4', set by the caller.
  constructor(private readonly identityApi: string) {}

  async initiate(reference: string) {
    const res = await fetch(`${this.identityApi}/initiate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ customerInternalReference: reference, successUrl: 'https://shop.example/kyc/done', errorUrl: 'https://shop.example/kyc/failed' }),
    });
    return res.json();
  }
}

// Untouched: KYX itself, a payment provider's v4 initiate, and a body with nothing only the legacy v4 request has.
export async function createKyxAccount(userId: string) {
  return axios.post(`${config.kyx.accountOrigin}/api/v1/accounts`, { customerInternalReference: userId, workflowDefinition: { key: 2 } });
}
export async function payWallet(orderId: string) {
  return axios.post(`${config.wallet.base}/dfs-process/v4/initiate`, { orderId, amount: 100 });
}
export async function registerUser(userId: string) {
  return axios.post(`${config.crm.base}/initiate`, { customerInternalReference: userId, userReference: userId });
}
