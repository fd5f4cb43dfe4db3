// Video consultation frame events: only Zoom's host may talk to us.
import { callEnded } from './call-store';

export function onCallMessage(event: MessageEvent<string>): void {
  const { host } = new URL(event.origin);
  if (host !== 'app.zoom.us') return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') callEnded(data.transactionReference);
}

window.addEventListener('message', onCallMessage);
