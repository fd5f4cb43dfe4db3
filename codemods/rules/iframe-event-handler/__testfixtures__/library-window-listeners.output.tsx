// react-use's useEvent (target window, or none: the window is its default), React 19's useEffectEvent, a class's
// static handler. The RFC polyfill useEvent(fn) attaches nothing; a useEvent on an element is not the window's.
import { useEffect, useEffectEvent, useRef } from 'react';
import { useEvent } from 'react-use';

export function VerifyPanel({ onDone }: { onDone: (ref: string) => void }) {
  useEvent('message', (e: MessageEvent) => {
    if (!e.origin.endsWith('.jumio.ai')) return;
    const msg = JSON.parse(e.data);
    onDone(msg.workflowExecutionId);
  });
  return null;
}

export function VerifyPanelOnWindow({ onDone }: { onDone: (ref: string) => void }) {
  const handle = (e: MessageEvent) => {
    const msg = JSON.parse(e.data);
    if (msg.eventType === 510 && msg.payload.value === 'success') onDone(msg.workflowExecutionId);
  };
  useEvent('message', handle, window);
  return null;
}

export function FramePanel({ onDone }: { onDone: (ref: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEvent('message', (e: MessageEvent) => {
    const msg = JSON.parse(e.data);
    if (msg.eventType === 510 && msg.payload.value === 'success') onDone(msg.transactionReference);
  }, box.current);
  return null;
}

export function EffectEventPanel({ onDone }: { onDone: (ref: string) => void }) {
  const onMessage = useEffectEvent((e: MessageEvent) => {
    if (!e.origin.endsWith('.jumio.ai')) return;
    onDone(JSON.parse(e.data).workflowExecutionId);
  });
  useEffect(() => {
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return null;
}

export class KycEvents {
  static onMessage(e: MessageEvent) {
    if (!e.origin.endsWith('.jumio.ai')) return;
    const msg = JSON.parse(e.data);
    KycEvents.last = msg.workflowExecutionId;
  }
  static last?: string;
  static start() {
    window.addEventListener('message', KycEvents.onMessage);
  }
}
