import { Component } from '@angular/core';

@Component({ selector: 'app-kyc', template: '<iframe [src]="url"></iframe>' })
export class KycComponent {
  url = '';

  // receiveMessage(event) {
  //   var data = window.JSON.parse(event.data);
  //   console.log('transaction reference:', data.transactionReference);
  // }
  // window.addEventListener("message", receiveMessage, false);
}
