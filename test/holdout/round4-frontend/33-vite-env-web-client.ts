// src/config/identity.ts
export const identityConfig = {
  // Fallback used by the demo page when the API is not reachable.
  demoWebClientUrl: import.meta.env.VITE_DEMO_WEB_CLIENT ?? 'https://acme-demo.netverify.com/web/v4/app?locale=en-US',
  allowedOrigins: ['https://acme-demo.netverify.com', 'https://acme.netverify.com'],
  frameHeight: 660,
};
