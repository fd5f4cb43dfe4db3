// Micro-frontend shell: the app's own protocol between the shell and its embedded modules.
interface ShellMessage {
  type: 'navigate' | 'resize' | 'done';
  transactionReference?: string;
  payload: { value: string };
}

window.addEventListener('message', (event: MessageEvent<string>) => {
  if (event.origin !== window.location.origin) return;
  const msg = JSON.parse(event.data) as ShellMessage;
  if (msg.type === 'navigate') history.pushState({}, '', msg.payload.value);
  if (msg.type === 'done') sessionStorage.setItem('lastOrder', msg.transactionReference ?? '');
});
