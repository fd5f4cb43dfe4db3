// Granite Peak RV Rentals (US) booking service: when a booking is confirmed, the renter gets an e-mail with a hosted
// payment link for the deposit (Paywell). Finance keeps every payment provider answer in the payment_audit table as
// received (a jsonb column), for the reconciliation with the settlement files.
import fetch from 'node-fetch';
import pg from 'pg';
import { sendDepositEmail, type RentalBooking } from './db.js';

const pool = new pg.Pool({ connectionString: process.env.GRANITE_DATABASE_URL });

const PAYWELL_V4_INITIATE = 'https://api.paywell.example/v4/initiate';
const PAYWELL_AUTH = 'Basic ' + Buffer.from(`${process.env.PAYWELL_MERCHANT_ID}:${process.env.PAYWELL_API_SECRET}`).toString('base64');
const SITE = 'https://book.granitepeakrv.example';

interface PaymentLinkStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const INSERT_AUDIT = `
  INSERT INTO payment_audit (booking_id, renter_id, provider, event, payload)
  VALUES ($1, $2, 'paywell', $3, $4::jsonb)`;

export async function sendDepositLink(booking: RentalBooking): Promise<{ paymentReference: string; link: string }> {
  const { renter } = booking;

  const response = await fetch(PAYWELL_V4_INITIATE, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: PAYWELL_AUTH,
      'User-Agent': 'GranitePeak-Bookings/2.2',
    },
    body: JSON.stringify({
      merchantReference: `GP-${booking.number}`,
      userReference: renter.id,
      amount: booking.depositCents,
      currency: 'USD',
      successUrl: `${SITE}/bookings/${booking.id}/deposit/thanks`,
      errorUrl: `${SITE}/bookings/${booking.id}/deposit/retry`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 10080,
    }),
  });
  if (!response.ok) throw new Error(`deposit payment link failed: HTTP ${response.status}`);
  const started = (await response.json()) as PaymentLinkStarted;

  // Finance: the provider's answer goes to the audit trail exactly as received.
  await pool.query(INSERT_AUDIT, [booking.id, renter.id, 'link_created', JSON.stringify(started)]);

  await sendDepositEmail(renter.email, { bookingNumber: booking.number, link: started.redirectUrl, expiresInDays: 7 });
  return { paymentReference: started.transactionReference, link: started.redirectUrl };
}
