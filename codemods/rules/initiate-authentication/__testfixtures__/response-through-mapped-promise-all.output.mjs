// A batch of initiates, five at a time (p-limit): `Promise.all(members.map((m) => limit(() => call(m))))` settles with
// an array of the responses; the reads of its elements move — in a `.map` callback, by index, in a for…of over
// `.entries()`.
import axios from 'axios';
import pLimit from 'p-limit';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

const limit = pLimit(5);

export async function startRound(members) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const responses = await Promise.all(
    members.map((member) =>
      limit(async () => {
        const kyxAccount = await resolveKyxAccount(member.enrollment);
        return axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
        { customerInternalReference: member.enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
        { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
      }),
    ),
  );
  const links = responses.map(({ data }, i) => ({ member: members[i].id, link: data.web.href }));
  const first = responses[0]?.data.workflowExecution.id;
  for (const [i, res] of responses.entries()) console.log(members[i].id, res.data.workflowExecution.id);
  return { links, first };
}
