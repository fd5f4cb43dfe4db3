// Keystone Valley Credit Union: a member whose account has been dormant for three years must verify their identity
// again before the account can be used (our dormant-account policy). They get a letter with a QR code leading to the
// verification; letters go out by standard mail and members take their time, so the link lives as long as the
// vendor allows — 60 days. Called by the monthly dormant-accounts job for each member it selects. ESM, undici.
import { request } from 'undici';
import { findDormantMember, recordReverification } from './db.mjs';
import { renderReverificationLetter } from './letters.mjs';

const NETVERIFY_INITIATE = 'https://netverify.com/api/v4/initiate';
const NV_BASIC = `Basic ${Buffer.from(`${process.env.KVCU_NV_TOKEN}:${process.env.KVCU_NV_SECRET}`).toString('base64')}`;

export async function issueReverificationLetter(memberId) {
  const member = await findDormantMember(memberId);

  const { statusCode, body } = await request(NETVERIFY_INITIATE, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: NV_BASIC,
      'user-agent': 'KeystoneValleyCU-Dormancy/1.2',
    },
    body: JSON.stringify({
      customerInternalReference: `dormant-${member.accountNumber}`,
      userReference: member.id,
      reportingCriteria: 'dormant-reverification',
      // ID only, camera or upload: whatever the member has at home
      workflowId: 100,
      successUrl: 'https://www.keystonevalleycu.example/reverify/thank-you',
      errorUrl: 'https://www.keystonevalleycu.example/reverify/problem',
      locale: member.statementLanguage === 'vi' ? 'vi' : 'en',
      tokenLifetimeInMinutes: 86400,
    }),
  });
  if (statusCode !== 200) {
    throw new Error(`re-verification not started for member ${member.id}: HTTP ${statusCode} ${await body.text()}`);
  }
  const started = await body.json();

  await recordReverification(member.id, { reference: started.transactionReference, requestedAt: started.timestamp });
  return renderReverificationLetter(member, { qrTarget: started.redirectUrl, validDays: 60 });
}
