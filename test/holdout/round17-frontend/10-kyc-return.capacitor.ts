// Capacitor 6 app: the Netverify success/error URLs are universal links back into the app; the appUrlOpen listener
// reads the redirect's query and routes inside the app.
import { App, type URLOpenListenerEvent } from '@capacitor/app';
import { router } from './router';

export function listenForKycReturn(): void {
  App.addListener('appUrlOpen', ({ url }: URLOpenListenerEvent) => {
    const link = new URL(url);
    if (link.pathname !== '/kyc/return') return;
    const status = link.searchParams.get('transactionStatus');
    const reference = link.searchParams.get('transactionReference');
    if (status === 'SUCCESS') {
      router.push({ path: '/kyc/done', query: { ref: reference ?? '' } });
    } else {
      router.push({ path: '/kyc/failed', query: { code: link.searchParams.get('errorCode') ?? '' } });
    }
  });
}
