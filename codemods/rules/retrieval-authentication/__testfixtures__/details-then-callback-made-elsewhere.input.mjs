// A `.then` callback made elsewhere (an imported helper's result) gets the details out of sight: they leave there
// (item); they were dropped silently. (The file's own pass-through `tap` is followed: details-then-own-tap.)
import axios from 'axios';
import { withAudit } from './audit.mjs';

export async function decision(ref) {
  const details = await axios
    .get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { auth: { username: 'u', password: 'p' } })
    .then(({ data }) => data)
    .then(withAudit((d) => console.log(d.transactionReference)));
  return details.transactionResult;
}
