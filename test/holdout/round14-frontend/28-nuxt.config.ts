// Nuxt 3 with nuxt-security: CSP for the onboarding app (the identity check frame is Jumio's web client).
export default defineNuxtConfig({
  modules: ['nuxt-security'],
  security: {
    headers: {
      contentSecurityPolicy: {
        'default-src': ["'self'"],
        'frame-src': ["'self'", 'https://acme.lon.netverify.com'],
        'img-src': ["'self'", 'data:'],
      },
    },
  },
});
