// Face login result route of the SG app (Nitro / h3 server route, ofetch's $fetch).
import { defineEventHandler, getRouterParam } from 'h3';
import { $fetch } from 'ofetch';
import { markUserVerified } from './store.js';

const SG_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: string;
  userReference?: string;
}

export default defineEventHandler(async (event: any) => {
  const reference = getRouterParam(event, 'reference');
  const details: FaceLoginDetails = await $fetch(`${SG_AUTHENTICATIONS}/${reference}`, {
    headers: {
      Accept: 'application/json',
      Authorization: `Basic ${process.env.NITRO_JUMIO_BASIC}`,
      'User-Agent': 'Acme App SG/3.3',
    },
  });
  const passed = details.transactionResult === 'PASSED';
  if (details.userReference) await markUserVerified(details.userReference, passed);
  return { passed };
});
