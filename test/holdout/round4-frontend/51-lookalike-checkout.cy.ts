// cypress/e2e/checkout.cy.ts — card payment return page.
describe('checkout return page', () => {
  it('shows the paid order', () => {
    cy.intercept('GET', '/api/orders/42', { body: { id: 42, status: 'PAID' } });
    cy.visit('/checkout/return?transactionStatus=APPROVED&transactionReference=PAY-2024-0042&orderId=42');
    cy.contains('Payment received');
  });

  it('reports the 3-D Secure result to the page', () => {
    cy.visit('/checkout');
    cy.window().then((win) => {
      win.postMessage(JSON.stringify({ type: 'threeds-complete', status: 'Y', transactionReference: 'PAY-1', payload: { value: 'success' } }), '*');
    });
    cy.contains('Authenticated');
  });
});
