// Raffles Card Services (SG) disputes service: a cardholder disputing an online purchase is answered with the 3-D
// Secure evidence of that purchase, looked up at our access control server (LionPay ACS). got, ESM. A final answer is
// cached for a day under the dispute and the ACS reference.
import { createHash } from 'node:crypto';
import got from 'got';
import { disputeCache, findDispute, logger, metrics } from './db.mjs';

const ACS_AUTHENTICATIONS = 'https://acs.lionpay.example/api/v2/authentications';

export async function authenticationEvidence(disputeId) {
  const dispute = await findDispute(disputeId);
  const cached = await disputeCache.get(`dispute:${dispute.id}:3ds:${dispute.authenticationReference}`);
  if (cached) return JSON.parse(cached);

  const details = await got
    .get(`${ACS_AUTHENTICATIONS}/${encodeURIComponent(dispute.authenticationReference)}`, {
      username: process.env.RAFFLES_ACS_USER,
      password: process.env.RAFFLES_ACS_SECRET,
      headers: { accept: 'application/json', 'user-agent': 'RafflesCards-Disputes/2.0' },
      timeout: { request: 10000 },
    })
    .json();

  // Logs and metrics never carry the reference itself.
  const referenceTag = createHash('sha256').update(details.transactionReference).digest('hex').slice(0, 12);
  metrics.increment('disputes.three_ds', { result: details.transactionResult.toLowerCase() });
  logger.info({ disputeId: dispute.id, referenceTag }, '3-D Secure evidence fetched');

  // The issuer's cardholder reference is "<programme>:<cardholder number>".
  const [programme, cardholderNo] = (details.cardholderReference ?? '').split(':');
  const evidence = {
    authenticated: details.transactionResult === 'AUTHENTICATED' && programme === 'RCS' && cardholderNo === dispute.cardholderNo,
    authenticatedAt: details.transactionDate,
    final: !['PENDING', 'CHALLENGE_SENT'].includes(details.transactionResult),
  };
  if (evidence.final) {
    await disputeCache.set(`dispute:${dispute.id}:3ds:${details.transactionReference}`, JSON.stringify(evidence), { ttl: 86400 });
  }
  return evidence;
}
