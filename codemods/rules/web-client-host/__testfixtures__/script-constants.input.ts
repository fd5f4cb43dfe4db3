export const WEB_CLIENT_URL = 'https://acme.netverify.com/web/v4/app';
export const WIDGET = '//resources.netverify.com/widget/jumio-verify/2.0/iframe-script.js';

export function webClientUrl(prefix: string, token: string): string {
  return `https://${prefix}.netverify.com/web/v4/app?authorizationToken=${token}&locale=en`;
}

// The initiate API lives on netverify.com too; that is another rule's business.
export const INITIATE = 'https://netverify.com/api/v4/initiate';
