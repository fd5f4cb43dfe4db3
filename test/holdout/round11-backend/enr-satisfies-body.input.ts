// The v4 request body checked with `satisfies` against the customer's own request type; node-fetch v3 (SGP).
import fetch from 'node-fetch';

interface V4InitiateRequest {
  customerInternalReference: string;
  userReference?: string;
  workflowId?: number;
  successUrl?: string;
  locale?: string;
}

export async function createOnboardingLink(customerId: string, locale: string): Promise<string> {
  const body = {
    customerInternalReference: customerId,
    userReference: customerId,
    workflowId: 202,
    successUrl: 'https://app.acme.example/sg/onboarding/complete',
    locale,
  } satisfies V4InitiateRequest;
  const res = await fetch('https://core-sgp.jumio.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
    },
    body: JSON.stringify(body),
  });
  const data = (await res.json()) as { redirectUrl: string };
  return data.redirectUrl;
}
