// Types of the legacy API grouped in a namespace; the lookup is typed with them.
import axios from 'axios';

export namespace Legacy {
  export interface AuthenticationDetails {
    transactionReference: string;
    transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
    userReference?: string;
  }
}

const SGP = 'https://core-sgp.jumio.com';

export async function authenticationPassed(reference: string): Promise<{ passed: boolean; ref: string }> {
  const res = await axios.get<Legacy.AuthenticationDetails>(`${SGP}/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
    headers: { 'User-Agent': 'Humongous Insurance/2.1' },
  });
  return { passed: res.data.transactionResult === 'PASSED', ref: res.data.transactionReference };
}
