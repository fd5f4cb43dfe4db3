import { Injectable } from '@angular/core';
import { fromEvent, type Observable } from 'rxjs';
import { filter, map, shareReplay } from 'rxjs/operators';

interface JumioMessage {
  workflowExecutionId: string;
  eventType: number;
  payload: { value: string; metainfo?: { code: number } };
}

// The frame's messages, parsed once and shared by the streams below.
@Injectable({ providedIn: 'root' })
export class VerificationFrameService {
  readonly #messages$ = fromEvent<MessageEvent>(window, 'message').pipe(
    filter((e) => e.origin.endsWith('.jumio.ai')),
    map((e) => JSON.parse(e.data) as JumioMessage),
    shareReplay(1),
  );

  readonly done$: Observable<string> = this.#messages$.pipe(
    filter((m) => m.payload.value === 'success'),
    map((m) => m.workflowExecutionId),
  );

  watchErrors(onError: (ref: string) => void): void {
    this.#messages$.pipe(filter((m) => m.payload.value === 'error')).subscribe((m) => onError(m.workflowExecutionId));
  }
}
