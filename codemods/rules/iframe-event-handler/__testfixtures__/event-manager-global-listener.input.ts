import { Injectable, OnDestroy } from '@angular/core';
import { EventManager } from '@angular/platform-browser';

// Angular's EventManager attaches a global listener: addGlobalEventListener('window', 'message', fn).
@Injectable({ providedIn: 'root' })
export class KycEventsService implements OnDestroy {
  reference: string | null = null;
  private readonly remove: () => void;

  constructor(events: EventManager) {
    this.remove = events.addGlobalEventListener('window', 'message', (event: MessageEvent) => this.onMessage(event));
  }

  ngOnDestroy(): void {
    this.remove();
  }

  private onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.reference = data.transactionReference;
  }
}
