// Ostara Health patient intake: the identity check before the first telehealth visit (US data centre).
// The request is validated against the vendor's documented limits BEFORE it leaves (references ≤ 100, successUrl ≤
// 2047, errorUrl/callbackUrl ≤ 255, lifetime 5–86400 minutes, one preset): a bad deep link fails in our logs with the
// offending field named, not as an opaque 400 from the vendor. `.strict()` so a typo'd field name is caught too.
import { z } from 'zod';
import { recordIntakeStep } from './store.js';

const PORTAL = 'https://my.ostarahealth.example';
const API = 'https://api.ostarahealth.example';

const NetverifyInitiateRequest = z
  .object({
    customerInternalReference: z.string().min(1).max(100),
    userReference: z.string().max(100).optional(),
    workflowId: z.union([z.literal(100), z.literal(101), z.literal(102), z.literal(200), z.literal(201), z.literal(202)]),
    successUrl: z.string().url().max(2047),
    errorUrl: z.string().url().max(255),
    callbackUrl: z.string().url().max(255),
    locale: z.string().max(5).default('en'),
    tokenLifetimeInMinutes: z.number().int().min(5).max(86400),
    presets: z
      .array(z.object({ index: z.literal(1), country: z.string().length(3), type: z.enum(['PASSPORT', 'DRIVING_LICENSE', 'ID_CARD']) }))
      .max(1)
      .optional(),
  })
  .strict();

const NetverifyInitiateResponse = z.object({
  timestamp: z.string(),
  redirectUrl: z.string().url(),
  transactionReference: z.string().uuid(),
});

/**
 * @param {{ chartId: string, portalUserId: string, preferredLanguage: string, hasUsPassport: boolean }} patient
 * @returns {Promise<{ link: string, reference: string }>}
 */
export async function createIntakeVerification(patient) {
  const payload = NetverifyInitiateRequest.parse({
    customerInternalReference: patient.chartId,
    userReference: patient.portalUserId,
    workflowId: 200,
    successUrl: `${PORTAL}/intake/${patient.chartId}/identity/done`,
    errorUrl: `${PORTAL}/intake/${patient.chartId}/identity/retry`,
    callbackUrl: `${API}/webhooks/netverify/id-verification`,
    locale: patient.preferredLanguage,
    tokenLifetimeInMinutes: 60 * 24 * 3,
    presets: patient.hasUsPassport ? [{ index: 1, country: 'USA', type: 'PASSPORT' }] : undefined,
  });

  const res = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'OstaraHealth-Intake/1.12',
      Authorization: 'Basic ' + Buffer.from(`${process.env.OSTARA_NV_TOKEN}:${process.env.OSTARA_NV_SECRET}`).toString('base64'),
    },
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw new Error(`identity check could not be created: HTTP ${res.status}`);

  const started = NetverifyInitiateResponse.parse(await res.json());
  await recordIntakeStep(patient.chartId, 'identity', started.transactionReference);
  return { link: started.redirectUrl, reference: started.transactionReference };
}
