// Face-check hand-off between tabs (Larchmere Building Society, member web app, Angular 17).
// On phones, members usually start the mortgage face check from the link in our e-mail, which opens a new tab
// (/identity/face-check) framing the Netverify web client, while the tab they came from still shows the application
// form. The face-check tab leaves each final event of the web client in localStorage; the form's tab picks it up from
// the `storage` event, which every other tab of our origin receives.
import { Injectable } from '@angular/core';
import { filter, fromEvent, map } from 'rxjs';

const HANDOFF_KEY = 'larchmere.faceCheck.lastEvent';

interface WebClientEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface FaceCheckHandoff {
  reference: string;
  passed: boolean;
  code: number | null;
  at: string;
}

@Injectable({ providedIn: 'root' })
export class FaceCheckHandoffService {
  /** Application-form tab: the outcome the face-check tab handed over. */
  readonly handoff$ = fromEvent<StorageEvent>(window, 'storage').pipe(
    filter((e) => e.key === HANDOFF_KEY && e.newValue !== null),
    map((e) => JSON.parse(e.newValue as string) as WebClientEvent),
    map((event): FaceCheckHandoff => ({
      reference: event.transactionReference,
      passed: event.payload.value === 'success',
      code: event.payload.metainfo?.code ?? null,
      at: event.dateTime,
    })),
  );

  /** Face-check tab: call once the frame is on the page. Returns the teardown. */
  relayFromThisTab(showStatus: (text: string) => void): () => void {
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com') || typeof event.data !== 'string') return;
      const data = JSON.parse(event.data) as WebClientEvent;
      if (data.payload.value === 'loaded') return;
      showStatus(
        data.payload.value === 'success'
          ? `All done (reference ${data.transactionReference}). You can close this tab and go back to your application.`
          : 'The face check stopped. Go back to your application to try again.',
      );
      localStorage.setItem(HANDOFF_KEY, JSON.stringify(data));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }

  /** Application-form tab: forget a hand-off once the form has used it. */
  clear(): void {
    localStorage.removeItem(HANDOFF_KEY);
  }
}
