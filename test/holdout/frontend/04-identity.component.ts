import { Component, OnDestroy, OnInit } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { KycService } from '../services/kyc.service';

@Component({
  selector: 'app-identity',
  templateUrl: './04-identity.component.html',
})
export class IdentityComponent implements OnInit, OnDestroy {
  iframeUrl: SafeResourceUrl | null = null;
  reference = '';
  private listener = (event: MessageEvent) => this.receiveMessage(event);

  constructor(private kyc: KycService, private sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    this.kyc.start().subscribe((res) => {
      this.iframeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(res.redirectUrl);
    });
    window.addEventListener('message', this.listener, false);
  }

  receiveMessage(event: MessageEvent): void {
    const data = window['JSON'].parse(event.data);
    console.log('transaction reference:', data.transactionReference);
    if (data.payload && data.payload.value === 'success') {
      this.reference = data.transactionReference;
      this.kyc.complete(this.reference).subscribe();
    }
  }

  ngOnDestroy(): void {
    window.removeEventListener('message', this.listener, false);
  }
}
