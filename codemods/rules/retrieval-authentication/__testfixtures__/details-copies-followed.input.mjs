// Copies of the retrieval details that keep their fields: Object.assign onto an empty object with the app's keys,
// a rest element. Their reads move.
import axios from 'axios';

export async function review(ref, reviewer) {
  const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
    auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET },
  });
  const copy = Object.assign({}, data, { reviewer });
  const { transactionDate, ...others } = data;
  return { ref: copy.transactionReference, user: others.userReference, at: transactionDate, by: copy.reviewer };
}
