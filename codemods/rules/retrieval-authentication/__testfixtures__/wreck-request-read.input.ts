import * as Wreck from '@hapi/wreck';

interface AuthenticationDetails {
  transactionReference: string;
  userReference: string;
  transactionResult: string;
}

export async function authenticationDetails(reference: string, auth: string): Promise<string> {
  const res = await Wreck.request('GET', `https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: auth, Accept: 'application/json' },
  });
  if (res.statusCode !== 200) throw new Error(`Jumio answered ${res.statusCode}`);
  const details = await Wreck.read<AuthenticationDetails>(res, { json: 'strict' });
  return details.userReference;
}
