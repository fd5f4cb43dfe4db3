// A namespace's function attached by its qualified name; the event type is declared beside it in the namespace.
namespace Acme.Kyc {
  export interface FrameEvent {
    workflowExecutionId: string;
    eventType: number;
    payload: { value: string };
  }

  export function onFrameMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data: FrameEvent = JSON.parse(event.data);
    if (data.payload.value === 'success') sessionStorage.setItem('kyc', data.workflowExecutionId);
  }
}

namespace Billing {
  export namespace Frames {
    export const onMessage = (event: MessageEvent): void => {
      const data = JSON.parse(event.data);
      if (data.eventType === 510 && data.payload.metainfo) console.warn(data.payload.metainfo.code, data.workflowExecutionId);
    };
  }
}

window.addEventListener('message', Acme.Kyc.onFrameMessage);
window.addEventListener('message', Billing.Frames.onMessage);
