// DataHub-style ingestion status posted from an embedded run view.
window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  if (data.type === 'INGESTION_RUN' && data.payload.value === 'success') {
    refresh(data.urn, data.dateTime);
  }
});

declare function refresh(urn: string, at: string): void;
