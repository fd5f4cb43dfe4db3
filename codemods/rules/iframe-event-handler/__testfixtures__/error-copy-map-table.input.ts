// Copy for the Jumio web client's error codes in a Map the handler looks up: its 9836 entry is flagged too.
const JUMIO_ERROR_COPY = new Map<number, string>([
  [9100, 'Please try again in a few minutes.'],
  [9200, 'This check has timed out.'],
  [9820, 'We cannot use your camera.'],
  [9836, 'We could not accept your photos after three tries.'],
]);

export function listen(show: (text: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'error') show(JUMIO_ERROR_COPY.get(data.payload.metainfo.code) ?? `${data.transactionReference}`);
  });
}
