// Penrose Mutual app (Ionic 7, Angular 17, Capacitor 5): the identity step before a member changes the bank account
// their pension is paid into. The Netverify web client runs in an iframe inside an ion-modal (05-identity.page.html);
// the listener lives while the modal is presented and goes when it is dismissed.
import { Component, NgZone } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { NavController } from '@ionic/angular';
import { Haptics, NotificationType } from '@capacitor/haptics';
import { BankAccountChangeService } from '../services/bank-account-change.service';

interface WebClientEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

@Component({
  selector: 'app-identity',
  templateUrl: './05-identity.page.html',
  styleUrls: ['./05-identity.page.scss'],
})
export class IdentityPage {
  frameUrl: SafeResourceUrl | null = null;
  starting = false;
  failureText = '';

  constructor(
    private readonly zone: NgZone,
    private readonly nav: NavController,
    private readonly sanitizer: DomSanitizer,
    private readonly bankAccountChange: BankAccountChangeService,
  ) {}

  async start(): Promise<void> {
    this.starting = true;
    this.failureText = '';
    try {
      const { frameUrl } = await this.bankAccountChange.startIdentityCheck();
      this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(frameUrl);
    } finally {
      this.starting = false;
    }
  }

  listen(): void {
    window.addEventListener('message', this.onFrameMessage);
  }

  cancel(): void {
    this.frameUrl = null;
  }

  onDismissed(): void {
    window.removeEventListener('message', this.onFrameMessage);
    this.frameUrl = null;
  }

  private readonly onFrameMessage = (event: MessageEvent<string>): void => {
    if (!event.origin.includes('netverify.com')) return;
    const message: WebClientEvent = JSON.parse(event.data);
    if (message.payload.value === 'loaded') return;
    this.zone.run(async () => {
      this.frameUrl = null;
      if (message.payload.value === 'success') {
        await Haptics.notification({ type: NotificationType.Success });
        await this.nav.navigateForward(['/pension/bank-account/new'], {
          queryParams: { identity: message.transactionReference },
        });
        return;
      }
      await Haptics.notification({ type: NotificationType.Error });
      const code = message.payload.metainfo?.code ?? 0;
      switch (code) {
        case 9200:
        case 9210:
          // The session ran out: start a fresh one straight away.
          await this.start();
          break;
        case 9836:
          this.failureText = 'We could not take an acceptable photo after three attempts. Please try again in good light.';
          break;
        default:
          this.failureText = `The identity check stopped (code ${code}). Please try again.`;
      }
    });
  };
}
