// Face login lookup for the wallet's risk engine (ESM, ofetch).
import { ofetch } from 'ofetch';

const SG_API = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';

export async function faceLoginRisk(ref) {
  const details = await ofetch(`${SG_API}/${ref}`, {
    headers: {
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      'User-Agent': 'Acme Wallet Risk/5.0',
    },
  });
  return {
    user: details.userReference,
    at: details.transactionDate,
  };
}
