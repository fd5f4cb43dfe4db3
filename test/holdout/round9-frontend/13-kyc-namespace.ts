// Loaded on the legacy /verify page (tsc --outFile, no modules).
namespace Acme.Kyc {
  export interface FrameEvent {
    transactionReference: string;
    eventType: number;
    payload: { value: string; metainfo?: { code: number } };
  }

  export function onFrameMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data: FrameEvent = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      (document.getElementById('kyc-reference') as HTMLInputElement).value = data.transactionReference;
      (document.getElementById('kyc-form') as HTMLFormElement).submit();
    }
  }
}

window.addEventListener('message', Acme.Kyc.onFrameMessage);
