// TODO(netverify-migrate): web-client-host: hard-coded legacy web-client URL https://acme.netverify.com/web/v4/app: on KYX the web-client URL is issued per transaction — use web.href from the account create/update response verbatim (served from acme.web.amer-1.jumio.ai or the host of your region)
export const WEB_CLIENT_URL = 'https://acme.netverify.com/web/v4/app';
// TODO(netverify-migrate): web-client-host: legacy v3 widget script https://resources.netverify.com/widget/jumio-verify/2.0/iframe-script.js has no KYX equivalent: embed the KYX web client instead (web.href of the account create/update response in an <iframe allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen>) or the Jumio Web SDK (@jumio/websdk)
export const WIDGET = '//resources.netverify.com/widget/jumio-verify/2.0/iframe-script.js';

export function webClientUrl(prefix: string, token: string): string {
  // TODO(netverify-migrate): web-client-host: hard-coded legacy web-client URL https://${prefix}.netverify.com/web/v4/app: on KYX the web-client URL is issued per transaction — use web.href from the account create/update response verbatim (served from <prefix>.web.amer-1.jumio.ai or the host of your region)
  return `https://${prefix}.netverify.com/web/v4/app?authorizationToken=${token}&locale=en`;
}

// The initiate API lives on netverify.com too; that is another rule's business.
export const INITIATE = 'https://netverify.com/api/v4/initiate';
