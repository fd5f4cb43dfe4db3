import { Injectable } from '@angular/core';
import { InAppBrowser } from '@awesome-cordova-plugins/in-app-browser/ngx';
import { IdentityApi } from './identity.api';

const RETURN_URL = 'https://app.example.com/kyc/return';

@Injectable({ providedIn: 'root' })
export class IdentityCheckService {
  constructor(private iab: InAppBrowser, private api: IdentityApi) {}

  async start(): Promise<{ status: string; reference: string | null }> {
    const { redirectUrl } = await this.api.createSession({ successUrl: RETURN_URL, errorUrl: RETURN_URL });
    const browser = this.iab.create(redirectUrl, '_blank', 'location=no,hidenavigationbuttons=yes');
    return new Promise((resolve) => {
      const sub = browser.on('loadstart').subscribe((event) => {
        if (!event.url.startsWith(RETURN_URL)) return;
        const query = new URL(event.url).searchParams;
        sub.unsubscribe();
        browser.close();
        resolve({ status: query.get('transactionStatus') ?? 'ERROR', reference: query.get('transactionReference') });
      });
    });
  }
}
