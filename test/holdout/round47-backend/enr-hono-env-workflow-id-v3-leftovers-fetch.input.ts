// Donau Mobility (EU): a new driver of the car-sharing fleet proves their identity with a German ID card before the
// first booking. Hono on Node, the global fetch. The workflow is set per deployment: 200 (ID and selfie) unless the
// environment says otherwise (the Vienna kiosk pilot runs without the selfie).
import { Hono } from 'hono';
import { findDriverApplication, saveIdentityLink } from './store.js';

const NETVERIFY_V4 = 'https://lon.netverify.com/api/v4/initiate';

export const onboarding = new Hono();

onboarding.post('/drivers/:applicationId/identity', async (c) => {
  const application = await findDriverApplication(c.req.param('applicationId'));
  if (!application) return c.json({ error: 'unknown application' }, 404);

  // The app's return screen picks the step up again from these.
  const back = new URLSearchParams({ application: application.id, step: 'identity' });

  const res = await fetch(NETVERIFY_V4, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.DONAU_NV_TOKEN}:${process.env.DONAU_NV_SECRET}`).toString('base64'),
      'User-Agent': 'DonauMobility-Onboarding/1.8',
    },
    body: JSON.stringify({
      customerInternalReference: application.id,
      userReference: application.driverId,
      workflowId: Number(process.env.NETVERIFY_WORKFLOW_ID ?? '200'),
      presets: [{ index: 1, country: 'DEU', type: 'ID_CARD' }],
      successUrl: `${process.env.APP_ORIGIN}/onboarding/return?${back}`,
      reportingCriteria: `onboarding-${application.market}`,
      tokenLifetimeInMinutes: 10080,
      // Carried over from the v3 call (seconds; the v4 guide does not list them).
      authorizationTokenLifetime: 604800,
      customerId: application.customerId,
    }),
  });
  if (!res.ok) return c.json({ error: 'identity provider unavailable' }, 502);

  const started = (await res.json()) as { timestamp: string; redirectUrl: string; transactionReference: string };
  await saveIdentityLink(application.id, started.transactionReference, started.redirectUrl);
  return c.json({ href: started.redirectUrl }, 201);
});
