type DataCenter = 'US' | 'EU' | 'SG';

// AI-style: a data-centre ternary chain, a conditional spread, shorthand properties.
export async function startKycVerification(dc: DataCenter, customerInternalReference: string, userReference: string, country?: string) {
  const baseUrl = dc === 'EU' ? 'https://lon.netverify.com' : dc === 'SG' ? 'https://core-sgp.jumio.com' : 'https://netverify.com';
  const response = await fetch(`${baseUrl}/api/v4/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
      'User-Agent': 'Acme KYC/1.0',
    },
    body: JSON.stringify({
      customerInternalReference,
      userReference,
      workflowId: 202,
      ...(country ? { locale: country === 'DEU' ? 'de' : 'en' } : {}),
    }),
  });
  const data = (await response.json()) as { redirectUrl: string; transactionReference: string; timestamp: string };
  return { url: data.redirectUrl, scanReference: data.transactionReference };
}
