// Redwood Ridge Bank (US) wire desk: a wire above $25,000 that a customer asks for by phone is released only after the
// customer confirms it with a face login on their own phone. The wire desk queues a job; this worker starts the face
// login and texts the customer the link (Twilio). ESM, BullMQ, ky.
import { Worker } from 'bullmq';
import ky from 'ky';
import twilio from 'twilio';
import { findWireRequest, saveWireStepUp } from './db.mjs';

const NV_AUTH_INITIATE = 'https://netverify.com/api/auth/v1/initiate';
const NV_BASIC = `Basic ${Buffer.from(`${process.env.REDWOOD_NV_TOKEN}:${process.env.REDWOOD_NV_SECRET}`).toString('base64')}`;

const sms = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export const wireStepUpWorker = new Worker(
  'wire-step-up',
  async (job) => {
    const wire = await findWireRequest(job.data.wireId);

    const started = await ky
      .post(NV_AUTH_INITIATE, {
        json: {
          enrollmentTransactionReference: wire.customer.netverifyEnrollment,
          userReference: wire.customer.cif,
          successUrl: `https://m.redwoodridge.example/wires/${wire.id}/confirmed`,
          errorUrl: `https://m.redwoodridge.example/wires/${wire.id}/not-confirmed`,
          locale: wire.customer.language === 'es' ? 'es' : 'en-US',
          tokenLifetimeInMinutes: 60,
        },
        headers: { Accept: 'application/json', Authorization: NV_BASIC, 'User-Agent': 'RedwoodRidge-WireDesk/3.3' },
        timeout: 15000,
      })
      .json();

    await saveWireStepUp(wire.id, { faceLoginReference: started.transactionReference, startedAt: started.timestamp });

    // One SMS segment if we can: the link is the long part.
    const message = await sms.messages.create({
      to: wire.customer.mobile,
      messagingServiceSid: process.env.TWILIO_MESSAGING_SERVICE_SID,
      body: `Redwood Ridge: confirm your wire of $${wire.amount.toLocaleString('en-US')} to ${wire.beneficiaryName}: ${started.redirectUrl} (valid 1 hour)`,
    });
    return { faceLoginReference: started.transactionReference, smsSid: message.sid };
  },
  { connection: { url: process.env.REDIS_URL }, concurrency: 5 },
);
