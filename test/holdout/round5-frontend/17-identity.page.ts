import { Component, NgZone, OnDestroy } from '@angular/core';
import { NavController } from '@ionic/angular';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { KycService } from '../services/kyc.service';

@Component({
  selector: 'app-identity',
  template: `
    <ion-header><ion-toolbar><ion-title>Verify identity</ion-title></ion-toolbar></ion-header>
    <ion-content>
      <iframe *ngIf="url" [src]="url" allow="camera;fullscreen" allowfullscreen class="full"></iframe>
    </ion-content>
  `,
})
export class IdentityPage implements OnDestroy {
  url?: SafeResourceUrl;

  constructor(private zone: NgZone, private nav: NavController, private kyc: KycService, private sanitizer: DomSanitizer) {}

  async ionViewDidEnter() {
    const { redirectUrl } = await this.kyc.start();
    this.url = this.sanitizer.bypassSecurityTrustResourceUrl(redirectUrl);
    // outside the zone: Netverify posts a lot of events while loading
    this.zone.runOutsideAngular(() => window.addEventListener('message', this.onMessage));
  }

  ngOnDestroy() {
    window.removeEventListener('message', this.onMessage);
  }

  private onMessage = (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value !== 'success') return;
    this.zone.run(() => this.nav.navigateForward(['/identity/done', data.transactionReference]));
  };
}
