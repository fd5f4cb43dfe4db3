// Banyan Wealth (SG) account opening: once an applicant submits the online form, they get an e-mail with the link to
// the identity verification (ID document and selfie). The HTML e-mail is rendered from a Nunjucks template
// (emails/verify-identity.njk) and sent through the company's SMTP relay (nodemailer).
import fetch from 'node-fetch';
import nodemailer from 'nodemailer';
import nunjucks from 'nunjucks';
import { saveApplicationIdCheck, type AccountApplication } from './db.js';

const NV_SG_V4 = 'https://core-sgp.jumio.com/api/v4/initiate';
const NV_AUTH = `Basic ${Buffer.from(`${process.env.BANYAN_NV_TOKEN}:${process.env.BANYAN_NV_SECRET}`).toString('base64')}`;
const APPLY = 'https://apply.banyanwealth.example';

const mailViews = nunjucks.configure('emails', { autoescape: true });
const smtp = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD },
});

interface IdCheckStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function sendIdCheckInvitation(application: AccountApplication): Promise<string> {
  const response = await fetch(NV_SG_V4, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: NV_AUTH,
      'User-Agent': 'BanyanWealth-Onboarding/1.8',
    },
    body: JSON.stringify({
      customerInternalReference: `BW-${application.number}`,
      userReference: application.applicant.id,
      workflowId: 200,
      successUrl: `${APPLY}/applications/${application.id}/identity/thanks`,
      errorUrl: `${APPLY}/applications/${application.id}/identity/retry`,
      locale: 'en-GB',
      tokenLifetimeInMinutes: 2880,
    }),
  });
  if (!response.ok) throw new Error(`identity verification initiate failed: HTTP ${response.status}`);
  const started = (await response.json()) as IdCheckStarted;

  await saveApplicationIdCheck(application.id, started.transactionReference);

  const html = mailViews.render('verify-identity.njk', {
    firstName: application.applicant.firstName,
    link: started.redirectUrl,
    validDays: 2,
  });
  await smtp.sendMail({
    from: '"Banyan Wealth" <onboarding@banyanwealth.example>',
    to: application.applicant.email,
    subject: 'Verify your identity to open your account',
    html,
    text: `Hello ${application.applicant.firstName}, verify your identity here: ${started.redirectUrl} (valid for 2 days).`,
  });
  return started.transactionReference;
}
