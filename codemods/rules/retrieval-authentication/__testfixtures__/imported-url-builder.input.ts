// The retrieval URL comes from a builder function imported from another module: its parameter is the reference,
// so the call's argument is the reference the KYX URL needs.
import axios from 'axios';
import { authenticationUrl } from './jumio-auth-urls';

export async function authenticationPassed(ref: string): Promise<boolean> {
  const { data } = await axios.get<{ transactionReference: string; transactionResult: string }>(authenticationUrl(ref), {
    auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
  });
  return data.transactionResult === 'PASSED';
}
