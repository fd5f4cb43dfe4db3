// Cedar Ridge Wealth (Denver): a wire above $50,000 to a payee the client has not paid before is released only after a
// face login against the client's onboarding ID check. The wire desk calls this when the client says they are done.
// TypeScript, axios.
import axios from 'axios';
import { auditTrail, metrics, type PendingWire, type WireDecision } from './db.js';

const NV_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications';

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

// Side effects that must not change what flows through a promise chain: tap runs the effect with the value and hands
// the value on; tapError runs it with the failure and rethrows.
const tap =
  <T>(effect: (value: T) => unknown) =>
  async (value: T): Promise<T> => {
    await effect(value);
    return value;
  };

const tapError =
  (effect: (error: unknown) => unknown) =>
  async (error: unknown): Promise<never> => {
    await effect(error);
    throw error;
  };

export async function wireFaceLoginDecision(wire: PendingWire): Promise<WireDecision> {
  const details = await axios
    .get<FaceLoginDetails>(`${NV_AUTHENTICATIONS}/${wire.faceLoginReference}`, {
      auth: { username: process.env.CEDARRIDGE_NV_TOKEN ?? '', password: process.env.CEDARRIDGE_NV_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': 'CedarRidge-WireDesk/5.1' },
    })
    .then(({ data }) => data)
    .then(tap<FaceLoginDetails>((d) => auditTrail.record('wire.face-login.read', wire.id, { reference: d.transactionReference })))
    .catch(tapError(() => metrics.increment('netverify.face_login_lookup.failed')));

  if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') return { release: false, reason: 'pending' };
  if (details.userReference !== wire.clientNo) return { release: false, reason: 'other-client' };
  return {
    release: details.transactionResult === 'PASSED',
    reason: details.transactionResult,
    faceLoginReference: details.transactionReference,
    decidedAt: details.transactionDate,
  };
}
