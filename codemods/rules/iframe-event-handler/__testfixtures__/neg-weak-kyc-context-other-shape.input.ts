// Identity-check words, but the message is not the legacy event's shape: a status key Jumio never sends, a
// payload value Jumio never sends, another vendor's name — nothing is flagged.
export function useIdentityStatus(onDone: (ref: string) => void) {
  window.addEventListener('message', (event: MessageEvent) => {
    const data = JSON.parse(event.data);
    if (data.status === 'done' && data.payload.value === 'success') onDone(data.transactionReference);
  });
  window.addEventListener('message', (event: MessageEvent) => {
    const data = JSON.parse(event.data);
    if (data.payload.value === 'approved') onDone(data.transactionReference);
  });
  window.addEventListener('message', (event: MessageEvent) => {
    const data = JSON.parse(event.data);
    // Onfido identity check result
    if (data.payload.value === 'success') onDone(data.transactionReference);
  });
}
