import { Component, DestroyRef, OnInit, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Router, RouterLink } from '@angular/router';
import { IdentityService } from '../identity.service';

// Return page of the identity check on the KYX web client (web.successUrl and web.errorUrl both point here).
@Component({
  selector: 'app-identity-result',
  standalone: true,
  imports: [RouterLink],
  templateUrl: './identity-result.component.html',
})
export class IdentityResultComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly identity = inject(IdentityService);
  private readonly destroyRef = inject(DestroyRef);

  verified = false;
  authenticationFailed = false;
  reference: string | null = null;
  accountId: string | null = null;
  errorCode: string | null = null;

  ngOnInit(): void {
    this.route.queryParamMap.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((paramMap: ParamMap) => {
      const status = paramMap.get('acquisitionStatus');
      if (!status) {
        this.router.navigate(['/identity']);
        return;
      }
      this.verified = status === 'SUCCESS';
      this.reference = paramMap.get('workflowExecutionId');
      this.accountId = paramMap.get('accountId');
      this.errorCode = paramMap.get('errorCode');
      this.authenticationFailed = this.errorCode === '9836';
      if (this.verified && this.reference && this.accountId) this.identity.confirm(this.accountId, this.reference);
    });
  }
}
