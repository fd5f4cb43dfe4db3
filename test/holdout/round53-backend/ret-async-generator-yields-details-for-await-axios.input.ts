// Banca Serena (IT) step-up service: a transfer above the client's threshold waits for a face login. The closing job
// walks the open step-ups, oldest first, and closes those the vendor has decided. The lookups come from an async
// generator, one at a time: the job stops at its time budget, and the generator then fetches nothing more.
import axios from 'axios';
import { closeStepUp, openStepUps, type StepUp } from './db.js';

const NV_EU = 'https://lon.netverify.com';
const TIME_BUDGET_MS = 50_000;

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

async function* faceLoginDetails(stepUps: StepUp[]): AsyncGenerator<FaceLoginDetails> {
  for (const stepUp of stepUps) {
    const { data } = await axios.get<FaceLoginDetails>(`${NV_EU}/api/netverify/v2/authentications/${stepUp.faceLoginReference}`, {
      auth: { username: process.env.SERENA_NV_TOKEN ?? '', password: process.env.SERENA_NV_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': 'Serena-StepUp/1.6' },
    });
    yield data;
  }
}

export async function closeDecidedStepUps(): Promise<{ closed: number; open: number }> {
  const deadline = Date.now() + TIME_BUDGET_MS;
  const stepUps = await openStepUps();
  let closed = 0;

  for await (const details of faceLoginDetails(stepUps)) {
    if (details.transactionResult !== 'CREATED' && details.transactionResult !== 'STARTED') {
      const stepUp = stepUps.find((candidate) => candidate.faceLoginReference === details.transactionReference);
      if (stepUp) {
        await closeStepUp(stepUp.id, {
          approved: details.transactionResult === 'PASSED' && details.userReference === stepUp.clientNo,
          decidedAt: details.transactionDate,
        });
        closed += 1;
      }
    }
    if (Date.now() > deadline) break;
  }
  return { closed, open: stepUps.length - closed };
}
