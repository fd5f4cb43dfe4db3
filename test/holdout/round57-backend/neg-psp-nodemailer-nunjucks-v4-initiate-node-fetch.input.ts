// Saltwater Dive Lodges (SG) bookings: once a guest books a liveaboard trip, they get an e-mail with a hosted payment
// link for the deposit (Tillpoint). The HTML e-mail is rendered from a Nunjucks template (emails/pay-deposit.njk) and
// sent through the company's SMTP relay (nodemailer).
import fetch from 'node-fetch';
import nodemailer from 'nodemailer';
import nunjucks from 'nunjucks';
import { saveDepositLink, type DiveBooking } from './db.js';

const TILLPOINT_V4 = 'https://api.tillpoint.example/v4/initiate';
const TILLPOINT_AUTH = `Basic ${Buffer.from(`${process.env.TILLPOINT_MERCHANT_ID}:${process.env.TILLPOINT_API_SECRET}`).toString('base64')}`;
const BOOK = 'https://book.saltwaterdive.example';

const mailViews = nunjucks.configure('emails', { autoescape: true });
const smtp = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD },
});

interface PaymentLinkStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function sendDepositInvitation(booking: DiveBooking): Promise<string> {
  const response = await fetch(TILLPOINT_V4, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: TILLPOINT_AUTH,
      'User-Agent': 'Saltwater-Bookings/3.1',
    },
    body: JSON.stringify({
      merchantReference: `SW-${booking.number}`,
      userReference: booking.guest.id,
      amount: booking.depositCents,
      currency: 'SGD',
      successUrl: `${BOOK}/bookings/${booking.id}/deposit/thanks`,
      errorUrl: `${BOOK}/bookings/${booking.id}/deposit/retry`,
      locale: 'en-GB',
      tokenLifetimeInMinutes: 2880,
    }),
  });
  if (!response.ok) throw new Error(`deposit payment link failed: HTTP ${response.status}`);
  const started = (await response.json()) as PaymentLinkStarted;

  await saveDepositLink(booking.id, started.transactionReference);

  const html = mailViews.render('pay-deposit.njk', {
    firstName: booking.guest.firstName,
    link: started.redirectUrl,
    validDays: 2,
  });
  await smtp.sendMail({
    from: '"Saltwater Dive Lodges" <bookings@saltwaterdive.example>',
    to: booking.guest.email,
    subject: 'Pay the deposit for your liveaboard trip',
    html,
    text: `Hello ${booking.guest.firstName}, pay your deposit here: ${started.redirectUrl} (valid for 2 days).`,
  });
  return started.transactionReference;
}
