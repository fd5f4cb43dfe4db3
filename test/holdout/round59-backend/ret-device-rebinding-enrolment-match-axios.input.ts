// Straits Harbour Bank (SG) device re-binding: a customer who lost their phone gets the app back on a new device after
// a face login. The login must have been matched against the enrolment we hold for that customer: a login against any
// other enrolment (someone else's face on file) locks the profile for the fraud team. TypeScript, axios.
import axios from 'axios';
import { completeRebinding, findRebinding, lockProfile } from './db.js';

const NV_SG_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';

interface FaceLoginDetails {
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export type RebindingOutcome = 'pending' | 'rebound' | 'declined' | 'locked';

export async function settleRebinding(rebindingId: string): Promise<RebindingOutcome> {
  const rebinding = await findRebinding(rebindingId);
  const { data: details } = await axios.get<FaceLoginDetails>(`${NV_SG_AUTHENTICATIONS}/${rebinding.faceLoginReference}`, {
    auth: { username: process.env.STRAITS_NV_TOKEN ?? '', password: process.env.STRAITS_NV_SECRET ?? '' },
    headers: { Accept: 'application/json', 'User-Agent': 'StraitsHarbour-DeviceBinding/3.0' },
  });

  if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') return 'pending';

  // Which enrolment the face was compared with: it must be the one on file for this customer.
  if (details.enrollmentTransactionReference !== rebinding.customer.enrolmentReference) {
    await lockProfile(rebinding.customer.id, `face login ${details.transactionReference} was matched against another enrolment`);
    return 'locked';
  }
  if (details.userReference !== rebinding.customer.cif) {
    await lockProfile(rebinding.customer.id, `face login ${details.transactionReference} was started for another customer`);
    return 'locked';
  }

  const passed = details.transactionResult === 'PASSED';
  await completeRebinding(rebinding.id, {
    passed,
    faceLoginReference: details.transactionReference,
    decidedAt: details.transactionDate,
  });
  return passed ? 'rebound' : 'declined';
}
