// Events the frames of the onboarding page post: the identity step and the PayLink card widget share a base.
interface FrameEventBase {
  transactionReference: string;
  dateTime: string;
}
export interface IdentityFrameEvent extends FrameEventBase {
  eventType: 510;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}
export interface CardWidgetEvent extends FrameEventBase {
  status: 'captured' | 'declined';
}
export type FrameEvent = IdentityFrameEvent | CardWidgetEvent;
