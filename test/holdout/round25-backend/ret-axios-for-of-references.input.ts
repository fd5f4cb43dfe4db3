// Reconciliation job for face logins (TypeScript, axios): re-reads every pending face login and stores its outcome.
import axios from 'axios';
import { markUserVerified, pendingFaceLogins, saveResult } from './store.js';

export async function reconcileFaceLogins(): Promise<number> {
  const references = await pendingFaceLogins();
  let done = 0;
  for (const reference of references) {
    const { data } = await axios.get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
      auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': 'Acme Reconcile EU/1.3' },
    });
    const passed = data.transactionResult === 'PASSED';
    await markUserVerified(data.userReference, passed);
    await saveResult(reference, { passed, user: data.userReference });
    done += 1;
  }
  return done;
}
