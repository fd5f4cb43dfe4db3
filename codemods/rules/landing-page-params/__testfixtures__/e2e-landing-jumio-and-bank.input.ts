// cypress/e2e/returns.cy.ts — the pages third parties send the customer back to.
describe('return pages', () => {
  it('identity check done (Jumio web client redirect)', () => {
    cy.visit('/kyc/done?transactionStatus=SUCCESS&transactionReference=8d6f6c1e-5a4b-4c8e-9f3e-2b1a0c9d8e7f');
    cy.contains('Identity verified');
  });

  it('bank transfer done (open-banking provider redirect)', () => {
    cy.visit('/transfer/result?transactionStatus=SUCCESS&transactionReference=FT23150XK9');
    cy.contains('Transfer sent');
  });
});
