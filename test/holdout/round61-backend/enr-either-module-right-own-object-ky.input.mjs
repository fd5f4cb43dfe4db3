// Sentosa Shield Insurance (Singapore): before a life policy is issued, the proposer verifies their NRIC or passport
// and a selfie. The link goes out by SMS with the proposal summary, so it stays valid for a day. ESM, ky 1.
// Our service layer answers Either (either.mjs): Left for what the agent has to act on, Right for the result.
import ky from 'ky';
import { left, right } from './either.mjs';
import { findProposal, saveProposalKyc } from './db.mjs';

const NV_SG_V4 = 'https://core-sgp.jumio.com/api/v4/initiate';
const NV_AUTHORIZATION = `Basic ${Buffer.from(`${process.env.SENTOSA_NV_TOKEN}:${process.env.SENTOSA_NV_SECRET}`).toString('base64')}`;

/** Starts the proposer's ID check. Either<{ reason, detail? }, { link, reference }>. */
export async function startProposerKyc(proposalId) {
  const proposal = await findProposal(proposalId);
  if (!proposal) return left({ reason: 'unknown-proposal' });
  if (proposal.status !== 'AWAITING_KYC') return left({ reason: 'not-awaiting-kyc', detail: proposal.status });

  try {
    const started = await ky
      .post(NV_SG_V4, {
        headers: { Accept: 'application/json', Authorization: NV_AUTHORIZATION, 'User-Agent': 'SentosaShield-NewBusiness/6.1' },
        json: {
          customerInternalReference: `SSI-${proposal.proposalNo}`,
          userReference: proposal.proposerId,
          // ID + identity
          workflowId: 200,
          successUrl: `https://apply.sentosashield.example/proposals/${proposal.id}/id-done`,
          errorUrl: `https://apply.sentosashield.example/proposals/${proposal.id}/id-retry`,
          locale: 'en',
          tokenLifetimeInMinutes: 1440,
        },
        timeout: 15000,
      })
      .json();

    await saveProposalKyc(proposal.id, { reference: started.transactionReference, startedAt: started.timestamp });
    return right({ link: started.redirectUrl, reference: started.transactionReference });
  } catch (error) {
    return left({ reason: 'vendor-unavailable', detail: error.message });
  }
}
