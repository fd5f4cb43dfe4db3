// Pellwood Payroll: every five minutes the payroll bot's worker settles the approval face logins still open and
// posts each result to #payroll-approvals. A payroll run is released only when the approver's own face login
// passed. Runs as `node worker.mjs` beside the Bolt app (same Slack bot token).
import { Cron } from 'croner';
import { WebClient } from '@slack/web-api';
import { request } from 'undici';
import { closeApprovalFaceLogin, listOpenApprovalFaceLogins } from './db.js';

const NV_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications/';
const NV_AUTH = 'Basic ' + Buffer.from(`${process.env.PELLWOOD_NV_TOKEN}:${process.env.PELLWOOD_NV_SECRET}`).toString('base64');
const APPROVALS_CHANNEL = process.env.SLACK_APPROVALS_CHANNEL ?? 'C04PAYROLL';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

async function settleOpenFaceLogins() {
  const open = await listOpenApprovalFaceLogins();
  let settled = 0;
  for (const approval of open) {
    const { statusCode, body } = await request(NV_AUTHENTICATIONS + approval.faceLoginReference, {
      method: 'GET',
      headers: { accept: 'application/json', authorization: NV_AUTH, 'user-agent': 'Pellwood-PayrollBot/4.0' },
    });
    if (statusCode !== 200) {
      await body.dump();
      continue;
    }
    const details = await body.json();
    if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') continue;

    const approved = details.transactionResult === 'PASSED' && details.userReference === approval.approverNo;
    await closeApprovalFaceLogin(approval.runId, { approved, reference: details.transactionReference });
    await slack.chat.postMessage({
      channel: APPROVALS_CHANNEL,
      text: approved
        ? `:white_check_mark: payroll run ${approval.runId} approved by ${approval.approverName}`
        : `:warning: payroll run ${approval.runId} NOT approved: the face login of ${approval.approverName} did not pass`,
    });
    settled += 1;
  }
  return settled;
}

new Cron('*/5 * * * *', { name: 'settle-approval-face-logins', protect: true }, async () => {
  try {
    const settled = await settleOpenFaceLogins();
    if (settled) console.info(`settled ${settled} approval face logins`);
  } catch (err) {
    console.error('approval face login settlement failed', err);
  }
});
