// Polls an authentication until it is final, yielding every intermediate state (used by an SSE endpoint).
import axios from 'axios';

const OFFSETS_S = [40, 60, 100, 160, 240, 340, 460, 600, 760, 940];
const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

export async function* authenticationStates(reference: string): AsyncGenerator<{ state: string; user?: string }> {
  for (const offset of OFFSETS_S) {
    await sleep(offset);
    const { data } = await axios.get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
      auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
      headers: { 'User-Agent': 'Alpine Ski House/1.0' },
    });
    yield { state: data.transactionResult, user: data.userReference };
    if (['PASSED', 'FAILED', 'INVALID', 'EXPIRED'].includes(data.transactionResult)) return;
  }
}
