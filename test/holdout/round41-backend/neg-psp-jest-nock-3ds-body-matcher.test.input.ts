// Contract tests of the card step-up start (src/card-step-up/start-card-step-up.ts) against a recorded answer of the
// acquirer's 3-D Secure API. nock stands in for Harbor Pay: the service must send the card token, our return pages and
// the merchant's Basic credentials, and must turn the acquirer's refusals into StepUpUnavailableError.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { StepUpUnavailableError, startCardStepUp } from '../src/card-step-up/start-card-step-up';

const PAYMENT = { id: 'pay-20931', cardToken: 'tok_7c2f1d05a4b4e8f9b612d0c3', amountMinor: 12999, currency: 'USD' };
const CHALLENGE = 'https://acs.harborpay.example/challenge?session=3ds_0b7e4a5291c34d7e';

beforeAll(() => {
  process.env.HARBORPAY_MERCHANT_ID = 'test-merchant';
  process.env.HARBORPAY_API_SECRET = 'test-secret';
  nock.disableNetConnect();
});

afterEach(() => nock.cleanAll());

afterAll(() => nock.enableNetConnect());

describe('startCardStepUp', () => {
  it('starts a 3-D Secure authentication for the card', async () => {
    const scope = nock('https://api.harborpay.example')
      .matchHeader('authorization', `Basic ${Buffer.from('test-merchant:test-secret').toString('base64')}`)
      .matchHeader('user-agent', /^Harbor-Online-Banking\//)
      .post(
        '/api/threeds/v2/authentications',
        (body: Record<string, unknown>) =>
          body.cardToken === PAYMENT.cardToken &&
          body.merchantReference === PAYMENT.id &&
          body.successUrl === 'https://online.harborcu.example/cards/step-up/done' &&
          body.challengeWindowMinutes === 15,
      )
      .reply(200, {
        timestamp: '2021-09-02T14:05:11.532Z',
        redirectUrl: CHALLENGE,
        transactionReference: '3ds_0b7e4a5291c34d7e',
      });

    await expect(startCardStepUp(PAYMENT)).resolves.toEqual({
      url: CHALLENGE,
      reference: '3ds_0b7e4a5291c34d7e',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('turns a 403 from the acquirer into StepUpUnavailableError', async () => {
    nock('https://api.harborpay.example').post('/api/threeds/v2/authentications').reply(403, { message: 'Forbidden' });

    await expect(startCardStepUp(PAYMENT)).rejects.toBeInstanceOf(StepUpUnavailableError);
  });

  it('does not call the acquirer for a payment without a card token', async () => {
    await expect(startCardStepUp({ ...PAYMENT, cardToken: '' })).rejects.toThrow(/no card token/);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
