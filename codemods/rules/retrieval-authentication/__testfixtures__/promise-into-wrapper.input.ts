// The retrieval's promise goes into the team's own timeout helper: what comes out of it is not followed.
import { withTimeout } from './timeouts';

export async function authenticationUser(reference: string): Promise<string | undefined> {
  const res = await withTimeout(
    fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
      headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` },
    }),
    5000,
  );
  const details = await res.json();
  return details.userReference;
}
