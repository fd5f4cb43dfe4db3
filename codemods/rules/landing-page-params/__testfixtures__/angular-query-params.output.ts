import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

@Component({ selector: 'app-kyc-result', template: '<p>{{ status }} {{ reference }}</p>' })
export class KycResultComponent implements OnInit {
  status = '';
  reference = '';
  constructor(private route: ActivatedRoute) {}

  ngOnInit(): void {
    this.route.queryParams.subscribe((params) => {
      this.status = params['acquisitionStatus'];
      this.reference = params['workflowExecutionId'];
    });
  }
}
