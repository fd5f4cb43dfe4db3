// Halvard Freight: `/face-login <load id>` in the dispatch workspace. Before a high-value load is released to a
// driver, the dispatcher re-confirms who they are with a Netverify face login (US data centre). The link goes back
// to them only: an ephemeral answer with a button. Registered on the Bolt app by src/slack/index.ts.
import type { App } from '@slack/bolt';
import axios from 'axios';
import { findDispatcherBySlackId, recordDispatchFaceLogin } from './db.js';

const NETVERIFY_AUTH_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const DISPATCH_PORTAL = 'https://dispatch.halvardfreight.example';

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export function registerFaceLoginCommand(app: App): void {
  app.command('/face-login', async ({ command, ack, respond, logger }) => {
    await ack();

    const loadId = command.text.trim();
    if (!loadId) {
      await respond({ response_type: 'ephemeral', text: 'Usage: `/face-login <load id>`' });
      return;
    }
    const dispatcher = await findDispatcherBySlackId(command.user_id);
    if (!dispatcher || !dispatcher.idScanReference) {
      await respond({ response_type: 'ephemeral', text: 'You have no ID check on file: ask HR to enrol you first.' });
      return;
    }

    const { data } = await axios.post<FaceLoginStart>(
      NETVERIFY_AUTH_INITIATE,
      {
        enrollmentTransactionReference: dispatcher.idScanReference,
        userReference: dispatcher.employeeNo,
        successUrl: `${DISPATCH_PORTAL}/loads/${loadId}/release/confirmed`,
        errorUrl: `${DISPATCH_PORTAL}/loads/${loadId}/release/not-confirmed`,
        locale: 'en-US',
        tokenLifetimeInMinutes: 10,
      },
      {
        auth: { username: process.env.HALVARD_NV_TOKEN ?? '', password: process.env.HALVARD_NV_SECRET ?? '' },
        headers: { Accept: 'application/json', 'User-Agent': 'Halvard-DispatchBot/3.1' },
      },
    );

    await recordDispatchFaceLogin(loadId, dispatcher.employeeNo, data.transactionReference);
    logger.info(`face login ${data.transactionReference} started for ${dispatcher.employeeNo}`);

    await respond({
      response_type: 'ephemeral',
      text: `Confirm it is you before load ${loadId} is released: ${data.redirectUrl}`,
      blocks: [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: `Load *${loadId}* is waiting for your face login (valid 10 minutes).` },
        },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              text: { type: 'plain_text', text: 'Start face login' },
              url: data.redirectUrl,
              action_id: 'face_login_open',
            },
          ],
        },
      ],
    });
  });
}
