// Sentosa Mutual (SG) claims service: paying a claim out to a new bank account needs the claimant's face login. got,
// ESM. The claims queue asks this module for the outcome before the payout job runs; a final outcome is cached for a
// day under the claim and the vendor reference.
import { createHash } from 'node:crypto';
import got from 'got';
import { claimsCache, findClaim, logger, metrics } from './db.mjs';

const NV_SG_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';

export async function faceLoginOutcome(claimId) {
  const claim = await findClaim(claimId);
  const cached = await claimsCache.get(`claim:${claim.id}:facelogin:${claim.faceLoginReference}`);
  if (cached) return JSON.parse(cached);

  const details = await got
    .get(`${NV_SG_AUTHENTICATIONS}/${encodeURIComponent(claim.faceLoginReference)}`, {
      username: process.env.SENTOSA_NV_TOKEN,
      password: process.env.SENTOSA_NV_SECRET,
      headers: { accept: 'application/json', 'user-agent': 'SentosaMutual-Claims/1.12' },
      timeout: { request: 10000 },
    })
    .json();

  // Logs and metrics never carry the reference itself.
  const referenceTag = createHash('sha256').update(details.transactionReference).digest('hex').slice(0, 12);
  metrics.increment('claims.face_login', { result: details.transactionResult.toLowerCase() });
  logger.info({ claimId: claim.id, referenceTag }, 'face login outcome fetched');

  // Since the 2019 merger our user reference is "<brand>:<member number>".
  const [brand, memberNo] = (details.userReference ?? '').split(':');
  const outcome = {
    approved: details.transactionResult === 'PASSED' && brand === 'SM' && memberNo === claim.memberNo,
    final: !['CREATED', 'STARTED'].includes(details.transactionResult),
  };
  if (outcome.final) {
    await claimsCache.set(`claim:${claim.id}:facelogin:${details.transactionReference}`, JSON.stringify(outcome), { ttl: 86400 });
  }
  return outcome;
}
