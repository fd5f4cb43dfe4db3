type JumioEvent = {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
};

export function install(store: { save(ref: string, at: string): void }): () => void {
  const handler = (evt: MessageEvent): void => {
    const parsed: JumioEvent = JSON.parse(evt.data);
    const { transactionReference: ref, dateTime } = parsed;
    const evtCopy = parsed;
    if (evtCopy.payload.value === 'success') {
      store.save(ref, dateTime);
    }
  };
  self.addEventListener('message', handler);
  return () => self.removeEventListener('message', handler);
}
