// The app's settings object: the identity frame's origin beside other services' URLs.
export const settings = {
  api: { base: 'https://api.acme.example' },
  identity: { frameOrigin: 'https://acme.netverify.com', locale: 'en' },
  payments: { widgetOrigin: 'https://js.stripe.com' },
};
