// A `.then` callback made elsewhere (a tap helper's result) gets the details out of sight: they leave there (item);
// they were dropped silently.
import axios from 'axios';

const tap = (effect) => async (value) => { await effect(value); return value; };

export async function decision(ref) {
  const details = await axios
    .get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { auth: { username: 'u', password: 'p' } })
    .then(({ data }) => data)
    .then(tap((d) => console.log(d.transactionReference)));
  return details.transactionResult;
}
