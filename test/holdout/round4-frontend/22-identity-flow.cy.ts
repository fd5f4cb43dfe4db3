// cypress/e2e/identity-flow.cy.ts — the verification step with the web client stubbed out.
describe('identity verification', () => {
  beforeEach(() => {
    cy.intercept('POST', '/api/identity/session', {
      statusCode: 200,
      body: {
        redirectUrl: 'https://acme.netverify.com/web/v4/app?locale=en&authorizationToken=e2e-token',
        transactionReference: 'e2e-tx-1',
      },
    }).as('session');
    cy.intercept('GET', 'https://acme.netverify.com/web/v4/app*', { statusCode: 200, body: '<html></html>' });
  });

  it('completes when the web client reports success', () => {
    cy.visit('/verify');
    cy.wait('@session');
    cy.window().then((win) => {
      win.postMessage(JSON.stringify({ transactionReference: 'e2e-tx-1', eventType: 510, payload: { value: 'success' } }), '*');
    });
    cy.contains('Verification submitted');
  });

  it('shows the landing page result', () => {
    cy.visit('/verify/done?transactionStatus=ERROR&transactionReference=e2e-tx-1&errorCode=9820');
    cy.contains('Verification failed');
  });
});
