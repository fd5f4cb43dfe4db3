// Kestrel Building Society (UK) online banking: a member who has not signed in for a year confirms it is still them
// with a face login before online banking opens again. A reverification round starts the face logins of every member
// due in that round at once, five requests in flight at a time (the vendor's burst limit), and records the links
// for the morning mail run.
import axios from 'axios';
import pLimit from 'p-limit';
import { dormantMembers, recordReverificationRound } from './db.mjs';

const NV_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const limit = pLimit(5);

export async function startReverificationRound(roundId) {
  const members = await dormantMembers(roundId);
  if (members.length === 0) return 0;

  const responses = await Promise.all(
    members.map((member) =>
      limit(() =>
        axios.post(
          NV_EU_INITIATE,
          {
            enrollmentTransactionReference: member.enrolmentRef,
            userReference: member.memberNo,
            successUrl: `https://online.kestrel.example/welcome-back/${roundId}/confirmed`,
            errorUrl: `https://online.kestrel.example/welcome-back/${roundId}/not-confirmed`,
            locale: 'en-GB',
            tokenLifetimeInMinutes: 2880,
          },
          {
            auth: { username: process.env.KESTREL_NV_TOKEN, password: process.env.KESTREL_NV_SECRET },
            headers: { Accept: 'application/json', 'User-Agent': 'Kestrel-Members/4.2' },
            timeout: 15000,
          },
        ),
      ),
    ),
  );

  // Promise.all keeps the order of the members, so the i-th answer is the i-th member's.
  const invitations = responses.map(({ data }, i) => ({
    memberNo: members[i].memberNo,
    email: members[i].email,
    faceLoginReference: data.transactionReference,
    link: data.redirectUrl,
    startedAt: data.timestamp,
  }));

  await recordReverificationRound(roundId, invitations);
  return invitations.length;
}
