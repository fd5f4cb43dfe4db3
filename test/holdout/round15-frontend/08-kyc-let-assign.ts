// KYC step logger: records every event of the embedded verification client (no origin check, as in the docs).
type FrameEvent = {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: string; metainfo?: { code: number } };
};

export function installKycLogger(log: (line: string) => void): void {
  window.addEventListener('message', (e: MessageEvent) => {
    let data: FrameEvent | undefined;
    try {
      data = JSON.parse(e.data);
    } catch {
      return;
    }
    if (!data || data.eventType !== 510) return;
    log(`${data.dateTime} ${data.transactionReference} ${data.payload.value}`);
    if (data.payload.metainfo) log(`error ${data.payload.metainfo.code} for token ${data.authorizationToken}`);
  });
}
