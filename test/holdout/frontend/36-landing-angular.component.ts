import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

@Component({ selector: 'app-kyc-done', template: '<p>{{ message }}</p>' })
export class KycDoneComponent implements OnInit {
  message = '';
  constructor(private route: ActivatedRoute) {}
  ngOnInit() {
    this.route.queryParams.subscribe((params) => {
      if (params['transactionStatus'] === 'SUCCESS') {
        this.message = 'Verified ' + params['transactionReference'];
      } else {
        this.message = 'Error ' + params['errorCode'];
      }
    });
  }
}
