import { Component, OnDestroy, OnInit } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { KycService } from './kyc.service';

@Component({
  selector: 'app-identity',
  templateUrl: './support/identity.component.html',
})
export class IdentityComponent implements OnInit, OnDestroy {
  iframeUrl: SafeResourceUrl | null = null;
  reference = '';
  private listener = (event: MessageEvent) => this.receiveMessage(event);

  constructor(private kyc: KycService, private sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    window.addEventListener('message', this.listener, false);
  }

  receiveMessage(event: MessageEvent): void {
    const data = window['JSON'].parse(event.data);
    if (data.payload && data.payload.value === 'success') {
      this.reference = data.workflowExecutionId;
    }
  }

  ngOnDestroy(): void {
    window.removeEventListener('message', this.listener, false);
  }
}
