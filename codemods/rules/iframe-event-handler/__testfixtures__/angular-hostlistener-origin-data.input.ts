import { Component, HostListener } from '@angular/core';

// @HostListener hands each parameter what its list names: here the origin and the posted string.
@Component({ selector: 'app-identity', template: '<iframe [src]="url" allow="camera;fullscreen"></iframe>' })
export class IdentityComponent {
  url = '';
  reference?: string;

  @HostListener('window:message', ['$event.data', '$event.origin'])
  onMessage(raw: string, origin: string): void {
    if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(origin)) return;
    const data = JSON.parse(raw);
    if (data.payload.value === 'success') this.reference = data.transactionReference;
  }
}

// A card widget's frame: its origin check vetoes the handler.
@Component({ selector: 'app-card', template: '<div id="card"></div>' })
export class CardComponent {
  reference?: string;

  @HostListener('window:message', ['$event.origin', '$event.data'])
  onCardMessage(origin: string, raw: string): void {
    if (origin !== 'https://js.cardissuer.example') return;
    const data = JSON.parse(raw);
    if (data.payload.value === 'success') this.reference = data.transactionReference;
  }
}
