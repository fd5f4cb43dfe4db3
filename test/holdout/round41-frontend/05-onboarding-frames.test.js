/**
 * @jest-environment jsdom
 */
// Unit tests of the onboarding frame listener. Two hosted frames talk to the onboarding page through window messages:
// the Jumio web client (identity check) and the card widget of the first top-up. The listener takes the two origins as
// options, so the tests use their own.
const { attachFrameListener } = require('../src/onboarding/frameListener');

const IDENTITY_ORIGIN = 'https://identity.frames.test';
const CARD_ORIGIN = 'https://card.frames.test';

/** The web client's event as it posts it; `overrides` replace top-level fields (payload is replaced whole). */
function makeJumioEvent(overrides = {}) {
  const event = {
    authorizationToken: 'jest-token',
    transactionReference: 'jest-tx-0001',
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

  it('hands the Jumio reference on when the identity check succeeds', () => {
    post(makeJumioEvent());

    expect(callbacks.onIdentityVerified).toHaveBeenCalledWith('jest-tx-0001');
    expect(callbacks.onCardAuthorised).not.toHaveBeenCalled();
  });

  it('tells the page when the Jumio web client has loaded', () => {
    post(makeJumioEvent({ payload: { value: 'loaded' } }));

    expect(callbacks.onIdentityLoaded).toHaveBeenCalledTimes(1);
    expect(callbacks.onIdentityVerified).not.toHaveBeenCalled();
  });

  it('passes the Jumio error code on', () => {
    post(makeJumioEvent({ payload: { value: 'error', metainfo: { code: 9820 } } }));

    expect(callbacks.onIdentityFailed).toHaveBeenCalledWith(9820);
    expect(callbacks.onIdentityVerified).not.toHaveBeenCalled();
  });

  // The card widget's messages copy the identity frame's format, with the payment id under the same key.
  it('routes a card authorisation by its origin, not by its shape', () => {
    post(makeJumioEvent({ transactionReference: 'card-7781' }), CARD_ORIGIN);

    expect(callbacks.onCardAuthorised).toHaveBeenCalledWith('card-7781');
    expect(callbacks.onIdentityVerified).not.toHaveBeenCalled();
  });

  it('stops listening once detached', () => {
    detach();
    post(makeJumioEvent());

    expect(callbacks.onIdentityVerified).not.toHaveBeenCalled();
    detach = () => {};
  });
});
