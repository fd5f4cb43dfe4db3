import crypto from 'node:crypto';

type Provider = 'sumsub' | 'shufti';

const providers = {
  sumsub: { baseUrl: 'https://api.sumsub.com', initiatePath: '/resources/sdkIntegrations/levels/-/websdkLink' },
  shufti: { baseUrl: 'https://api.shuftipro.com', initiatePath: '/' },
} as const;

function sumsubHeaders(method: string, path: string, body: string) {
  const ts = Math.floor(Date.now() / 1000).toString();
  const sig = crypto.createHmac('sha256', process.env.SUMSUB_SECRET!).update(ts + method + path + body).digest('hex');
  return { 'X-App-Token': process.env.SUMSUB_TOKEN!, 'X-App-Access-Ts': ts, 'X-App-Access-Sig': sig, 'Content-Type': 'application/json' };
}

export async function createLink(provider: Provider, userReference: string, successUrl: string) {
  const { baseUrl, initiatePath } = providers[provider];
  const body = JSON.stringify({ levelName: 'basic-kyc', userId: userReference, successUrl, locale: 'en' });
  const res = await fetch(baseUrl + initiatePath, { method: 'POST', headers: sumsubHeaders('POST', initiatePath, body), body });
  const json = (await res.json()) as { url?: string; redirectUrl?: string; reference?: string };
  return { redirectUrl: json.url ?? json.redirectUrl, transactionReference: json.reference };
}
