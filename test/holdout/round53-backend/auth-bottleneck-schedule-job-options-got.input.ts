// Sawtooth Credit Union (US) card services: a cardholder whose card was reissued to a new address confirms the
// change with a face login. The nightly run invites every such cardholder; the vendor takes a few initiates a second
// and at most a hundred a minute, so each initiate is a Bottleneck job — with the cardholder in the job id, so that a
// cardholder listed twice in one run is not sent two face logins (Bottleneck refuses a second job with the same id).
import Bottleneck from 'bottleneck';
import got from 'got';
import { reissuedCardholders, saveReverification, type Cardholder } from './db.js';

const NV_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const limiter = new Bottleneck({
  maxConcurrent: 2,
  minTime: 250,
  reservoir: 100,
  reservoirRefreshAmount: 100,
  reservoirRefreshInterval: 60_000,
});

async function inviteCardholder(cardholder: Cardholder, enrollmentRef: string): Promise<void> {
  const started = await limiter.schedule({ id: `reverify-${cardholder.id}`, expiration: 30_000 }, () =>
    got
      .post(NV_INITIATE, {
        json: {
          enrollmentTransactionReference: enrollmentRef,
          userReference: cardholder.id,
          successUrl: `https://cards.sawtooth.example/address-check/${cardholder.id}/done`,
          errorUrl: `https://cards.sawtooth.example/address-check/${cardholder.id}/retry`,
          locale: 'en-US',
          tokenLifetimeInMinutes: 4320,
        },
        username: process.env.SAWTOOTH_NV_TOKEN,
        password: process.env.SAWTOOTH_NV_SECRET,
        headers: { Accept: 'application/json', 'User-Agent': 'Sawtooth-Cards/7.1' },
      })
      .json<FaceLoginStarted>(),
  );
  await saveReverification(cardholder.id, { reference: started.transactionReference, link: started.redirectUrl, startedAt: started.timestamp });
}

export async function inviteReissuedCardholders(runId: string): Promise<{ invited: number; skipped: string[]; failed: string[] }> {
  const cardholders = await reissuedCardholders(runId);
  const skipped: string[] = [];
  const failed: string[] = [];
  let invited = 0;

  await Promise.all(
    cardholders.map(async (cardholder) => {
      if (!cardholder.netverifyEnrollmentRef) {
        skipped.push(cardholder.id);
        return;
      }
      try {
        await inviteCardholder(cardholder, cardholder.netverifyEnrollmentRef);
        invited += 1;
      } catch (err) {
        console.warn('address check invite failed', cardholder.id, err);
        failed.push(cardholder.id);
      }
    }),
  );
  return { invited, skipped, failed };
}
