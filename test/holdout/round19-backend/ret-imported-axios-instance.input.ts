// Result of a face login, polled by the app after the redirect (the callback only tells us it is done). Uses the
// shared Jumio client instance of jumio-http.ts.
import { jumioHttp } from './jumio-http.js';
import type { AuthenticationDetails } from './jumio-types.js';
import { markUserVerified, saveResult } from './store.js';

export type FaceLoginOutcome = 'passed' | 'failed' | 'pending';

export async function settleFaceLogin(reference: string): Promise<FaceLoginOutcome> {
  const { data: details } = await jumioHttp.get<AuthenticationDetails>(`/netverify/v2/authentications/${reference}`);
  if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
    return 'pending';
  }
  const passed = details.transactionResult === 'PASSED';
  await saveResult(details.transactionReference, {
    passed,
    finishedAt: details.transactionDate,
    user: details.userReference,
  });
  if (details.userReference) {
    await markUserVerified(details.userReference, passed);
  }
  return passed ? 'passed' : 'failed';
}
