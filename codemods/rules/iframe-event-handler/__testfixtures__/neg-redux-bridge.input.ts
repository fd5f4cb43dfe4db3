// A redux bridge between frames: actions arrive as JSON strings.
window.addEventListener('message', (e: MessageEvent<string>) => {
  const action = JSON.parse(e.data);
  if (action.payload.value === 'loaded') {
    store.dispatch({ type: action.type, transactionReference: action.transactionReference });
  }
});

declare const store: { dispatch(a: unknown): void };
