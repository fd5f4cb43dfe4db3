// Thornbury Building Society (UK) online banking: a member who has not signed in for a year confirms it is still them
// with a face check before online banking opens again. A reverification round starts the face checks of every member
// due in that round at once, five requests in flight at a time (FaceProof's burst limit), and records the links for
// the morning mail run.
import axios from 'axios';
import pLimit from 'p-limit';
import { dormantMembers, recordReverificationRound } from './db.mjs';

const FACEPROOF_REVERIFY = 'https://api.eu.faceproof.example/v2/reverifications/initiate';
const limit = pLimit(5);

export async function startReverificationRound(roundId) {
  const members = await dormantMembers(roundId);
  if (members.length === 0) return 0;

  const responses = await Promise.all(
    members.map((member) =>
      limit(() =>
        axios.post(
          FACEPROOF_REVERIFY,
          {
            faceTemplateId: member.faceTemplateId,
            userReference: member.memberNo,
            successUrl: `https://online.thornbury.example/welcome-back/${roundId}/confirmed`,
            errorUrl: `https://online.thornbury.example/welcome-back/${roundId}/not-confirmed`,
            locale: 'en-GB',
            tokenLifetimeInMinutes: 2880,
          },
          {
            auth: { username: process.env.FACEPROOF_KEY_ID, password: process.env.FACEPROOF_KEY_SECRET },
            headers: { Accept: 'application/json', 'User-Agent': 'Thornbury-Members/2.0' },
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
    faceCheckReference: data.transactionReference,
    link: data.redirectUrl,
    startedAt: data.timestamp,
  }));

  await recordReverificationRound(roundId, invitations);
  return invitations.length;
}
