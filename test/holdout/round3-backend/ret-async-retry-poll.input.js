import retry from 'async-retry';
import axios from 'axios';

const NV_RETRIEVAL_BASE = 'https://netverify.com/api/netverify/v2/authentications/';

/** Polls until Jumio has a final result (the callback is sometimes late). */
export function waitForAuthentication(transactionReference) {
  return retry(async () => {
    const { data } = await axios.get(NV_RETRIEVAL_BASE + transactionReference, {
      auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
    });
    if (data.transactionResult === 'CREATED' || data.transactionResult === 'STARTED') {
      throw new Error('not final yet');
    }
    return { result: data.transactionResult, finishedAt: data.transactionDate };
  }, { retries: 10, factor: 1.5 });
}
