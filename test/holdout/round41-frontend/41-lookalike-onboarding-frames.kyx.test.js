/**
 * @jest-environment jsdom
 */
// Unit tests of the onboarding frame listener, on the KYX web client since the platform move. Two hosted frames talk to
// the onboarding page through window messages: the Jumio web client (identity check) and the card widget of the first
// top-up. The listener takes the two origins as options, so the tests use their own.
const { attachFrameListener } = require('../src/onboarding/frameListener');

const IDENTITY_ORIGIN = 'https://identity.frames.test';
const CARD_ORIGIN = 'https://card.frames.test';

/** The KYX web client's event as it posts it; `overrides` replace top-level fields (payload is replaced whole). */
function makeJumioEvent(overrides = {}) {
  const event = {
    authorizationToken: 'jest-token',
    workflowExecutionId: 'jest-wfe-0001',
    accountId: 'jest-acc-0001',
    eventType: 510,
    dateTime: '2024-11-05T09:00:00.000Z',
    payload: { value: 'success' },
  };
  return { ...event, ...overrides };
}

function post(message, origin = IDENTITY_ORIGIN) {
  window.dispatchEvent(new MessageEvent('message', { origin, data: JSON.stringify(message) }));
}

describe('onboarding frame listener', () => {
  let callbacks;
  let detach;

  beforeEach(() => {
    callbacks = {
      onIdentityLoaded: jest.fn(),
      onIdentityVerified: jest.fn(),
      onIdentityFailed: jest.fn(),
      onCardAuthorised: jest.fn(),
    };
    detach = attachFrameListener(window, { identityOrigin: IDENTITY_ORIGIN, cardOrigin: CARD_ORIGIN, ...callbacks });
  });

  afterEach(() => detach());

  it('hands the Jumio workflow execution and account on when the identity check succeeds', () => {
    post(makeJumioEvent());

    expect(callbacks.onIdentityVerified).toHaveBeenCalledWith({ workflowExecutionId: 'jest-wfe-0001', accountId: 'jest-acc-0001' });
    expect(callbacks.onCardAuthorised).not.toHaveBeenCalled();
  });

  it('passes the Jumio error code on', () => {
    post(makeJumioEvent({ payload: { value: 'error', metainfo: { code: 9820 } } }));

    expect(callbacks.onIdentityFailed).toHaveBeenCalledWith(9820);
  });

  // A tab opened before the switch may still hold the retired Netverify web client: its events must not count.
  it('ignores an identity event in the retired Netverify shape', () => {
    post({
      authorizationToken: 'jest-token',
      transactionReference: 'jest-tx-legacy',
      eventType: 510,
      dateTime: '2024-11-05T09:00:00.000Z',
      payload: { value: 'success' },
    });

    expect(callbacks.onIdentityVerified).not.toHaveBeenCalled();
  });

  // The card widget's messages copy the identity frame's old format, with the payment id under the old key.
  it('routes a card authorisation by its origin, not by its shape', () => {
    post({ transactionReference: 'card-7781', eventType: 510, payload: { value: 'success' } }, CARD_ORIGIN);

    expect(callbacks.onCardAuthorised).toHaveBeenCalledWith('card-7781');
    expect(callbacks.onIdentityVerified).not.toHaveBeenCalled();
  });
});
