type Action = { type: string; payload: { value: string; transactionReference?: string } };

export function reducer(state = { status: 'idle', ref: '' }, action: Action) {
  if (action.payload.value === 'success') {
    return { status: 'done', ref: action.payload.transactionReference ?? '' };
  }
  return state;
}

window.addEventListener('message', (e) => {
  const action = JSON.parse(e.data) as Action;
  store.dispatch(action);
});
declare const store: { dispatch(a: Action): void };
