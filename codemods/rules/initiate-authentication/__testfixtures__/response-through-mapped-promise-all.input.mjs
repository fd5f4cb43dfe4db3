// A batch of initiates, five at a time (p-limit): `Promise.all(members.map((m) => limit(() => call(m))))` settles with
// an array of the responses; the reads of its elements move — in a `.map` callback, by index, in a for…of over
// `.entries()`.
import axios from 'axios';
import pLimit from 'p-limit';

const limit = pLimit(5);

export async function startRound(members) {
  const responses = await Promise.all(
    members.map((member) =>
      limit(() => axios.post('https://netverify.com/api/authentication/v1/web/initiate',
        { enrollmentTransactionReference: member.enrollment },
        { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } })),
    ),
  );
  const links = responses.map(({ data }, i) => ({ member: members[i].id, link: data.redirectUrl }));
  const first = responses[0]?.data.transactionReference;
  for (const [i, res] of responses.entries()) console.log(members[i].id, res.data.transactionReference);
  return { links, first };
}
