// Brightwater Credit Union: the fraud team's Bolt app also receives Netverify's face-login callbacks (EU data
// centre) on its ExpressReceiver's router, and announces each result in the thread of the step-up request it posted
// in #fraud-step-ups. Served behind the load balancer, which sets X-Forwarded-For.
import bolt from '@slack/bolt';
import express from 'express';
import { findStepUpByReference, markStepUp } from './db.js';

const { App, ExpressReceiver } = bolt;

const JUMIO_CALLBACK_IPS = ['34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134'];

const receiver = new ExpressReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET });
const app = new App({ token: process.env.SLACK_BOT_TOKEN, receiver });

receiver.router.post('/netverify/face-login-callback', express.urlencoded({ extended: false }), async (req, res) => {
  const sender = String(req.headers['x-forwarded-for'] ?? req.ip).split(',')[0].trim();
  if (!JUMIO_CALLBACK_IPS.includes(sender)) return res.sendStatus(403);

  const form = req.body;
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);
  res.sendStatus(200);

  const stepUp = await findStepUpByReference(form.transactionReference);
  if (!stepUp) return;
  await markStepUp(stepUp.id, { result: form.transactionResult, completedAt: form.transactionDate });

  const icon = form.transactionResult === 'PASSED' ? ':white_check_mark:' : ':x:';
  await app.client.chat.postMessage({
    channel: stepUp.channelId,
    thread_ts: stepUp.messageTs,
    text: `${icon} face login of member ${form.userReference}: ${form.transactionResult}`,
  });
});

await app.start(Number(process.env.PORT ?? 3000));
