// neverthrow: the retrieval's details are handed to .match's first callback.
import { request } from 'undici';
import { ResultAsync } from 'neverthrow';

export async function decide(ref) {
  return ResultAsync.fromPromise(
    request(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
      headers: { accept: 'application/json', authorization: `Basic ${process.env.NV_BASIC}` },
    }).then(({ body }) => body.json()),
    (error) => String(error),
  ).match(
    (details) => ({ passed: details.transactionResult === 'PASSED', reference: details.transactionReference }),
    (failure) => ({ passed: false, failure }),
  );
}
