// cypress/e2e/transfer-return.cy.ts — the open-banking provider sends the customer back to /transfer/result with the
// outcome of the bank transfer in the query string.
describe('bank transfer result page', () => {
  beforeEach(() => {
    cy.intercept('GET', '/api/transfers/FT23150XK9', { fixture: 'transfer-ft23150xk9.json' }).as('transfer');
  });

  it('confirms a completed transfer', () => {
    cy.visit('/transfer/result?transactionStatus=SUCCESS&transactionReference=FT23150XK9');
    cy.wait('@transfer');
    cy.contains('h1', 'Transfer sent');
    cy.get('[data-test=reference]').should('have.text', 'FT23150XK9');
  });

  it('explains a rejected transfer', () => {
    cy.visit('/transfer/result?transactionStatus=ERROR&transactionReference=FT23150XK9&errorCode=AM04');
    cy.contains('Insufficient funds in the source account');
  });
});
