// Identity verification return page (Angular): the query read straight from the injected route.
import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

@Component({ selector: 'app-verified', standalone: true, template: '<p>{{ text }}</p>' })
export class VerifiedComponent {
  text = '';

  constructor() {
    inject(ActivatedRoute).queryParams.subscribe((query) => {
      this.text = query['transactionStatus'] === 'SUCCESS' ? `Verified ${query['transactionReference']}` : 'Not verified';
    });
  }
}
