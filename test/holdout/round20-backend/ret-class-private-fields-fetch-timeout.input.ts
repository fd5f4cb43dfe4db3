// Face-login result client of the SG wallet (TypeScript class over the global fetch). The base URL and the Basic
// header are #private fields; a lookup gives up after 5 s.
import { markUserVerified } from './store.js';

interface AuthenticationResult {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export class FaceLoginResults {
  #base = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';
  #authorization = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

  async settle(reference: string): Promise<'passed' | 'failed' | 'pending' | 'unknown'> {
    const res = await fetch(`${this.#base}/${reference}`, {
      headers: { Accept: 'application/json', Authorization: this.#authorization, 'User-Agent': 'Acme Wallet SG/8.1' },
      signal: AbortSignal.timeout(5000),
    });
    if (res.status === 404) return 'unknown';
    const details = (await res.json()) as AuthenticationResult;
    if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') return 'pending';
    const passed = details.transactionResult === 'PASSED';
    console.info('face login settled', details?.transactionReference, passed);
    if (details?.userReference) await markUserVerified(details.userReference, passed);
    return passed ? 'passed' : 'failed';
  }
}
