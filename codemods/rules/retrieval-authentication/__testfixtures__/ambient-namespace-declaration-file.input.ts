/// <reference path="./legacy-api-globals.d.ts" />
// The details typed by an ambient namespace of a referenced .d.ts: the call reads a KYX-shaped copy declared above
// it, with an item naming the declaration file's type.
import axios from 'axios';

export async function faceLoginPassed(reference: string): Promise<boolean> {
  const { data } = await axios.get<LegacyApi.FaceLoginDetails>(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.NV_TOKEN ?? '', password: process.env.NV_SECRET ?? '' },
  });
  return data.transactionReference === reference && data.transactionResult === 'PASSED';
}
