import { Component, input } from '@angular/core';

// Lazy-loaded as the default export: loadComponent: () => import('./…/angular-routed-default-export.input').
@Component({ selector: 'app-done', standalone: true, template: '<p>{{ transactionStatus() }} {{ transactionReference() }}</p>' })
export default class DonePageComponent {
  readonly transactionStatus = input<string>();
  readonly transactionReference = input<string>();
}
