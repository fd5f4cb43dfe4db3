// Elysia (SG): ID-only enrolment (workflowId 101) with a literal preset; the route body checked with Elysia's t.
import { Elysia, t } from 'elysia';

export const kyc = new Elysia().post(
  '/kyc/start',
  async ({ body }) => {
    const res = await fetch('https://core-sgp.jumio.com/api/v4/initiate', {
      method: 'POST',
      headers: {
        Authorization: `Basic ${btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`)}`,
        'Content-Type': 'application/json',
        'User-Agent': 'Acme SG Onboarding/2.0',
      },
      body: JSON.stringify({
        customerInternalReference: body.customerId,
        userReference: body.customerId,
        workflowId: 101,
        presets: [{ index: 1, country: 'SGP', type: 'ID_CARD' }],
      }),
    });
    const started: { redirectUrl: string; transactionReference: string } = await res.json();
    return { link: started.redirectUrl, scanReference: started.transactionReference };
  },
  { body: t.Object({ customerId: t.String() }) },
);
