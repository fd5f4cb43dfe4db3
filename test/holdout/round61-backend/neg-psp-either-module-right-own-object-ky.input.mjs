// Orchard Mutual (Singapore): once underwriting accepts a proposal, the proposer pays the first premium on KopiPay's
// hosted payment page. The link goes out by SMS with the acceptance letter, so it stays valid for a day. ESM, ky 1.
// Our service layer answers Either (either.mjs): Left for what the agent has to act on, Right for the result.
import ky from 'ky';
import { left, right } from './either.mjs';
import { findAcceptedProposal, savePremiumPaymentSession } from './db.mjs';

const KOPIPAY_V4 = 'https://api.kopipay.example/v4/initiate';
const KOPIPAY_AUTHORIZATION = `Basic ${Buffer.from(`${process.env.KOPIPAY_MERCHANT_ID}:${process.env.KOPIPAY_API_KEY}`).toString('base64')}`;

/** Starts the first-premium payment. Either<{ reason, detail? }, { link, reference }>. */
export async function startFirstPremiumPayment(proposalId) {
  const proposal = await findAcceptedProposal(proposalId);
  if (!proposal) return left({ reason: 'unknown-proposal' });
  if (proposal.status !== 'AWAITING_PREMIUM') return left({ reason: 'not-awaiting-premium', detail: proposal.status });

  try {
    const started = await ky
      .post(KOPIPAY_V4, {
        headers: { Accept: 'application/json', Authorization: KOPIPAY_AUTHORIZATION, 'User-Agent': 'OrchardMutual-NewBusiness/2.4' },
        json: {
          merchantReference: `OM-${proposal.proposalNo}-P1`,
          userReference: proposal.proposerId,
          amount: proposal.firstPremiumCents,
          currency: 'SGD',
          successUrl: `https://apply.orchardmutual.example/proposals/${proposal.id}/paid`,
          errorUrl: `https://apply.orchardmutual.example/proposals/${proposal.id}/payment-retry`,
          locale: 'en',
          tokenLifetimeInMinutes: 1440,
        },
        timeout: 15000,
      })
      .json();

    await savePremiumPaymentSession(proposal.id, { reference: started.transactionReference, startedAt: started.timestamp });
    return right({ link: started.redirectUrl, reference: started.transactionReference });
  } catch (error) {
    return left({ reason: 'payment-provider-unavailable', detail: error.message });
  }
}
