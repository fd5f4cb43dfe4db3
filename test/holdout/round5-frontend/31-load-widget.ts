// Legacy v3 widget loader kept for the "document scan" flow.
declare global {
  interface Window { JumioClient: any }
}

const WIDGET_URL = 'https://lon.netverify.com/widget/jumio-verify/2.0/iframe-script.js';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = reject;
    document.head.appendChild(s);
  });
}

export async function startScan(authorizationToken: string, el = 'jumio-root') {
  await loadScript(WIDGET_URL);
  window.JumioClient.setVars({ authorizationToken, locale: 'en-GB', responsiveLayout: true }).initVerify(el);
}
