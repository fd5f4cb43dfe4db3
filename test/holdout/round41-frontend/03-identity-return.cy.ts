// cypress/e2e/identity-return.cy.ts — the page Jumio's web client sends the browser back to (our successUrl and
// errorUrl both point at /identity/return). The page reports the outcome to our API, which is stubbed here.
// Uses @testing-library/cypress (cy.findByRole / cy.findByText).

describe('identity return page', () => {
  beforeEach(() => {
    cy.intercept('POST', '/api/identity/outcome', { statusCode: 204 }).as('outcome');
    cy.intercept('GET', '/api/me', { fixture: 'member-unverified.json' }).as('me');
  });

  it('confirms a successful Jumio check and reports it', () => {
    cy.visit({
      url: '/identity/return',
      qs: { transactionStatus: 'SUCCESS', transactionReference: 'cy-0b7e41d2' },
    });

    cy.wait('@outcome')
      .its('request.body')
      .should('deep.equal', { reference: 'cy-0b7e41d2', outcome: 'SUCCESS' });
    cy.findByRole('heading', { name: 'Identity verified' }).should('be.visible');
    cy.findByRole('link', { name: 'Continue to your account' }).should('have.attr', 'href', '/account');
  });

  it('offers another attempt after a Jumio error', () => {
    // errorCode 9820: the camera could not be started.
    const query = { transactionStatus: 'ERROR', transactionReference: 'cy-0b7e41d3', errorCode: '9820' } as const;

    cy.visit({ url: '/identity/return', qs: query, failOnStatusCode: false });

    cy.wait('@outcome').its('request.body.outcome').should('eq', 'ERROR');
    cy.findByText('Your camera could not be started (9820).').should('be.visible');
    cy.findByRole('link', { name: 'Try again' }).should('have.attr', 'href', '/identity/start');
  });

  it('keeps the Jumio return parameters out of the address bar', () => {
    cy.visit('/identity/return', {
      qs: { transactionStatus: 'SUCCESS', transactionReference: 'cy-0b7e41d4' },
      onBeforeLoad(win) {
        cy.spy(win.history, 'replaceState').as('replaceState');
      },
    });

    cy.get('@replaceState').should('have.been.calledOnce');
    cy.location('search').should('be.empty');
    cy.location('pathname').should('eq', '/identity/return');
  });

  it('shows the generic error when Jumio sends the browser back without a result', () => {
    cy.visit('/identity/return', { failOnStatusCode: false });

    cy.get('@outcome.all').should('have.length', 0);
    cy.findByText('We did not receive a result from the identity check.').should('be.visible');
  });
});
