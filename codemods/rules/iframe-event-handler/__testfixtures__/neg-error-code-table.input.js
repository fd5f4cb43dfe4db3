// Codes of our own order service: 9836 is one of them, but the table is no Jumio table.
export const orderErrors = {
  404: 'Order not found',
  409: 'Order already paid',
  9836: 'Card issuer timeout',
  9837: 'Card issuer declined',
};

// One Jumio-looking code beside 9836 is not enough.
export const SHIPPING_CODES = [9100, 9836, 12000];
