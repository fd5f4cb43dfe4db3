import Wreck from '@hapi/wreck';

interface JumioAuthentication {
  transactionReference: string;
  userReference?: string;
  transactionResult: string;
}

export async function loadAuthentication(ref: string, basic: string): Promise<JumioAuthentication> {
  const { res, payload } = await Wreck.get<JumioAuthentication>(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, {
    headers: { authorization: `Basic ${basic}` },
    json: 'strict',
  });
  if (res.statusCode !== 200) throw new Error(`jumio: ${res.statusCode}`);
  console.log('authentication for', payload.userReference);
  return payload;
}
