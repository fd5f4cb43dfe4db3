// Result lookup: the retrieval URL comes from the shared builder module (EU).
import axios from 'axios';
import { authenticationUrl } from './jumio-urls';

export async function authenticationPassed(ref: string): Promise<boolean> {
  const { data } = await axios.get<{ transactionReference: string; transactionResult: string }>(authenticationUrl(ref), {
    auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
  });
  return data.transactionResult === 'PASSED';
}
