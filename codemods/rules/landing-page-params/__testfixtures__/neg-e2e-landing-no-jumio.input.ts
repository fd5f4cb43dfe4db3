// cypress/e2e/landing.cy.ts — opens the landing page the way the payment provider redirects to it.
const REF = 'tx-1';

describe('landing page', () => {
  it('success', () => {
    cy.visit('/kyc/done?transactionStatus=SUCCESS&transactionReference=tx-1');
    cy.visit(`/kyc/done?transactionStatus=SUCCESS&transactionReference=${REF}&errorCode=`);
  });

  it('error, with qs and URLSearchParams', () => {
    cy.visit('/kyc/done', { qs: { transactionStatus: 'ERROR', transactionReference: REF, errorCode: '9200' } });
    const q = new URLSearchParams({ 'transactionStatus': 'ERROR', transactionReference: REF });
    cy.visit(`/kyc/done?${q}`);
  });
});
