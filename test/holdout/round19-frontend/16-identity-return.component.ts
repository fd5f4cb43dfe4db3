import { Component, OnInit, inject } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { IdentityService } from '../identity.service';

@Component({
  selector: 'app-identity-return',
  standalone: true,
  imports: [RouterLink],
  template: `
    <h2>Verification failed</h2>
    <p *ngIf="errorCode">Error code {{ errorCode }}</p>
    <a routerLink="/identity">Try again</a>
  `,
})
export class IdentityReturnComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly identity = inject(IdentityService);
  errorCode: string | null = null;

  ngOnInit(): void {
    const { transactionStatus, transactionReference, errorCode } = this.route.snapshot.queryParams;
    if (transactionStatus === 'SUCCESS') {
      this.identity.confirm(transactionReference);
      this.router.navigate(['/account'], { queryParams: { verified: 1 } });
      return;
    }
    this.errorCode = errorCode ?? null;
  }
}
