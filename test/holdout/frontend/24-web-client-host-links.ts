export const JUMIO_SCRIPT = 'https://lon.netverify.com/widget/jumio-verify/2.0/iframe-script.js';

export function openVerification(redirectUrl: string) {
  window.open(redirectUrl, '_self');
}

export const FALLBACK_URL = 'https://acme.netverify.com/web/v4/app?locale=en';
