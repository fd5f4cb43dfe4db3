// Order page: a local injectQueryParams helper of the app (not ngxtension's), reading the order's own parameters.
import { Component } from '@angular/core';
import { injectQueryParams } from '../shared/order-query';

@Component({ selector: 'app-order', standalone: true, template: '<p>{{ status() }} {{ reference() }}</p>' })
export class OrderComponent {
  readonly status = injectQueryParams('transactionStatus');
  readonly reference = injectQueryParams('transactionReference');
}
