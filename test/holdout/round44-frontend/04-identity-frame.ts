// The identity step's frame messages for the Tallyfin SvelteKit app (Svelte 4).
// The onboarding page attaches `handleIdentityMessage` with <svelte:window on:message>; whatever needs the last
// event the web client posted reads the `identityEvent` store. Nothing else writes the store.
import { writable } from 'svelte/store';

/** The legacy web client's event, as posted to the page (a JSON string). */
export interface IdentityEvent {
  transactionReference: string;
  authorizationToken: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

/** The last event the identity frame posted; `null` until the frame has loaded. */
export const identityEvent = writable<IdentityEvent | null>(null);

export function resetIdentityEvent(): void {
  identityEvent.set(null);
}

export function handleIdentityMessage(event: MessageEvent): void {
  // Only our white-label web client; the page also embeds a chat widget that posts its own messages.
  if (!event.origin.endsWith('.netverify.com')) return;

  let message: IdentityEvent;
  try {
    message = JSON.parse(event.data);
  } catch {
    console.warn('[identity] ignoring a message that is not JSON');
    return;
  }

  if (message.eventType !== 510) return;
  identityEvent.set(message);
}
