import { Component, HostListener } from '@angular/core';

@Component({ selector: 'app-kyc', templateUrl: './kyc.component.html' })
export class KycComponent {
  reference = '';

  @HostListener('window:message', ['$event.data'])
  onMessage(raw: string) {
    const data = JSON.parse(raw);
    if (data.payload.value === 'loaded') return;
    this.reference = data.workflowExecutionId;
  }
}
