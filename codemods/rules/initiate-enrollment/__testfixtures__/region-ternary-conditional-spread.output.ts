import { kyxAccessToken } from './kyx-auth';

type DataCenter = 'US' | 'EU' | 'SG';

// AI-style: a data-centre ternary chain, a conditional spread, shorthand properties.
export async function startKycVerification(dc: DataCenter, customerInternalReference: string, userReference: string, country?: string) {
  const baseUrl = dc === 'EU' ? 'https://lon.netverify.com' : dc === 'SG' ? 'https://core-sgp.jumio.com' : 'https://netverify.com';
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxOrigin = ({ 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai', 'https://core-sgp.jumio.com': 'https://account.apac-1.jumio.ai', 'https://netverify.com': 'https://account.amer-1.jumio.ai' } as Record<string, string>)[new URL(`${baseUrl}/api/v4/initiate`).origin];
  const response = await fetch(`${kyxOrigin}/api/v1/accounts`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}`,
      'User-Agent': 'Acme KYC/1.0',
    },
    body: JSON.stringify({
      customerInternalReference,
      userReference,
      workflowDefinition: { key: 3 },
      web: { ...(country ? { locale: country === 'DEU' ? 'de' : 'en' } : {}) },
    }),
  });
  const data = (await response.json()) as { web: { href: string }; workflowExecution: { id: string }; timestamp: string };
  return { url: data.web.href, scanReference: data.workflowExecution.id };
}
