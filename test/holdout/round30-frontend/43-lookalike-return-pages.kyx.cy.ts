// cypress/e2e/return-pages.cy.ts — the pages the browser comes back to after it left the app (updated for KYX).
describe('return pages', () => {
  it('shows the Jumio identity result', () => {
    cy.visit('/identity/done', { qs: { acquisitionStatus: 'SUCCESS', workflowExecutionId: 'cy-7f3a2c', accountId: 'cy-acc-1' } });
    cy.contains('Identity verified');
  });

  it('explains a failed Jumio identity check', () => {
    cy.visit('/identity/done', { qs: { acquisitionStatus: 'ERROR', workflowExecutionId: 'cy-7f3a2d', errorCode: '9820' } });
    cy.contains('We could not verify your identity');
  });

  it('shows the bank transfer return', () => {
    cy.visit('/transfers/return', { qs: { transactionStatus: 'SUCCESS', transactionReference: 'TRF-2291' } });
    cy.contains('Transfer sent');
  });
});
