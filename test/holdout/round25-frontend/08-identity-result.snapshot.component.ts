import { Component, OnInit } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';

@Component({
  selector: 'app-identity-result',
  template: `<p *ngIf="verified">Identity verified ({{ reference }})</p>`,
})
export class IdentityResultComponent implements OnInit {
  verified = false;
  reference = '';

  constructor(private readonly route: ActivatedRoute, private readonly router: Router) {}

  ngOnInit(): void {
    const status = this.route.snapshot.queryParams['transactionStatus'];
    this.reference = this.route.snapshot.queryParams['transactionReference'] ?? '';
    const errorCode = this.route.snapshot.queryParams['errorCode'];
    if (status === 'ERROR' && errorCode === '9836') {
      this.router.navigate(['/identity/locked']);
      return;
    }
    this.verified = status === 'SUCCESS';
  }
}
