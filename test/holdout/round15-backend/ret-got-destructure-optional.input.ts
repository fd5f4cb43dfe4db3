// got (EU): the details destructured with renames and a default, then optional chaining on the user.
import got from 'got';

export async function faceLoginOutcome(reference: string) {
  const { transactionReference: ref, userReference: user = 'anonymous', transactionResult } = await got(
    `https://lon.netverify.com/api/netverify/v2/authentications/${reference}`,
    { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
  ).json<{ transactionReference: string; userReference?: string; transactionResult: string }>();
  return { ref, user: user?.trim().toLowerCase(), ok: transactionResult === 'PASSED' };
}
