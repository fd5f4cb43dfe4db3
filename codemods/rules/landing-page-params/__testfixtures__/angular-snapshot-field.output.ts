import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

// Jumio's successUrl and errorUrl both open this page.
@Component({ selector: 'app-verify-return', template: '<p>{{ message }}</p>' })
export class VerifyReturnComponent {
  private query = this.route.snapshot.queryParamMap;
  message = this.query.get('acquisitionStatus') === 'SUCCESS'
    ? `Submitted (${this.query.get('workflowExecutionId')})`
    : `Failed: ${this.query.get('errorCode')}`;

  constructor(private route: ActivatedRoute) {}
}
