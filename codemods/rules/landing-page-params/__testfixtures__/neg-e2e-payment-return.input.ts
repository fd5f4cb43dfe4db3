// cypress/e2e/checkout.cy.ts — the card acquirer's return page: its status values are not Jumio's.
describe('checkout return', () => {
  it('paid', () => {
    cy.visit('/checkout/return?transactionStatus=APPROVED&transactionReference=PAY-1');
    cy.visit('/checkout/return', { qs: { transactionStatus: 'DECLINED', transactionReference: 'PAY-2', orderId: '42' } });
  });
});
