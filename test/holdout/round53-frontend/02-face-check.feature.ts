// Face-check step of the Corrib mortgage portal (Angular 17, NgRx 17 with functional effects).
// While the step is open, the effect listens to the Jumio web client framed by FaceCheckStepComponent and turns its
// postMessage events into FaceCheck actions; the feature's reducer keeps the step's phase and the reference that the
// application summary sends to underwriting.
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { createActionGroup, createFeature, createReducer, emptyProps, on, props } from '@ngrx/store';
import { filter, fromEvent, map, switchMap, takeUntil } from 'rxjs';

/** Our white-label web client ("corrib" in the Customer Portal). */
const WEB_CLIENT_ORIGIN = 'https://corrib.netverify.com';

interface WebClientMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

export const FaceCheckActions = createActionGroup({
  source: 'Face Check',
  events: {
    'Step Opened': props<{ frameUrl: string }>(),
    'Step Closed': emptyProps(),
    'Frame Loaded': emptyProps(),
    Captured: props<{ reference: string; capturedAt: string }>(),
    Failed: props<{ reference: string; code: number | null }>(),
    'Attempts Exhausted': props<{ reference: string }>(),
  },
});

export const faceCheckFrameEvents = createEffect(
  (actions$ = inject(Actions)) =>
    actions$.pipe(
      ofType(FaceCheckActions.stepOpened),
      switchMap(() =>
        fromEvent<MessageEvent<string>>(window, 'message').pipe(
          filter((event) => event.origin === WEB_CLIENT_ORIGIN && typeof event.data === 'string'),
          map((event) => JSON.parse(event.data) as WebClientMessage),
          filter((message) => message.eventType === 510),
          map((message) => {
            if (message.payload.value === 'loaded') return FaceCheckActions.frameLoaded();
            if (message.payload.value === 'success') {
              return FaceCheckActions.captured({ reference: message.transactionReference, capturedAt: message.dateTime });
            }
            const code = message.payload.metainfo?.code ?? null;
            // No acceptable photo after three tries: the broker books a video appointment instead.
            if (code === 9836) return FaceCheckActions.attemptsExhausted({ reference: message.transactionReference });
            return FaceCheckActions.failed({ reference: message.transactionReference, code });
          }),
          takeUntil(actions$.pipe(ofType(FaceCheckActions.stepClosed))),
        ),
      ),
    ),
  { functional: true },
);

export interface FaceCheckState {
  phase: 'closed' | 'loading' | 'capturing' | 'captured' | 'failed' | 'appointment';
  frameUrl: string | null;
  reference: string | null;
  capturedAt: string | null;
  errorCode: number | null;
}

const initialState: FaceCheckState = {
  phase: 'closed',
  frameUrl: null,
  reference: null,
  capturedAt: null,
  errorCode: null,
};

export const faceCheckFeature = createFeature({
  name: 'faceCheck',
  reducer: createReducer(
    initialState,
    on(FaceCheckActions.stepOpened, (state, { frameUrl }) => ({ ...state, phase: 'loading' as const, frameUrl, errorCode: null })),
    on(FaceCheckActions.frameLoaded, (state) => ({ ...state, phase: 'capturing' as const })),
    on(FaceCheckActions.captured, (state, { reference, capturedAt }) => ({ ...state, phase: 'captured' as const, reference, capturedAt })),
    on(FaceCheckActions.failed, (state, { reference, code }) => ({ ...state, phase: 'failed' as const, reference, errorCode: code })),
    on(FaceCheckActions.attemptsExhausted, (state, { reference }) => ({ ...state, phase: 'appointment' as const, reference })),
    on(FaceCheckActions.stepClosed, () => initialState),
  ),
});

export const { selectPhase, selectFrameUrl, selectReference, selectErrorCode } = faceCheckFeature;
