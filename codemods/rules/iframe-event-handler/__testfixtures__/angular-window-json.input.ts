import { Component, HostListener, OnInit } from '@angular/core';
import { VerificationService } from './verification.service';

@Component({
  selector: 'app-authentication',
  templateUrl: './authentication.component.html',
})
export class AuthenticationComponent implements OnInit {
  step = 'idle';
  reference?: string;

  constructor(private readonly verification: VerificationService) {}

  ngOnInit(): void {
    this.step = 'ready';
  }

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) {
      return;
    }
    const data = window['JSON'].parse(event.data);
    this.reference = data?.transactionReference;
    this.step = data.payload.value;
    if (data.payload.value === 'success') {
      this.verification.complete(data['transactionReference']);
    }
  }
}
