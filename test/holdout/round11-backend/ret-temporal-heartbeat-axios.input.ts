// Temporal activity polling the authentication result; typed axios GET (SGP).
import axios from 'axios';
import { Context } from '@temporalio/activity';

interface LegacyAuthResult {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

export async function fetchAuthResult(reference: string): Promise<{ done: boolean; passed: boolean; user?: string }> {
  Context.current().heartbeat(reference);
  const { data } = await axios.get<LegacyAuthResult>(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
    headers: { Accept: 'application/json', 'User-Agent': 'Acme Remit/1.9' },
  });
  const done = data.transactionResult !== 'CREATED' && data.transactionResult !== 'STARTED';
  return { done, passed: data.transactionResult === 'PASSED', user: data.userReference };
}
