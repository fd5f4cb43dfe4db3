export const PAYMENT_ORIGINS = ['https://checkout.stripe.com', 'https://js.stripe.com'];
