// One listener, two senders told apart by host: only the Jumio case's 9836 is Jumio's (flagged); the card
// acquirer's own 9836 in its case is left alone.
export function listen(notify: (text: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  switch (new URL(event.origin).hostname) {
    case 'acme.netverify.com': {
      const code = data.payload?.metainfo?.code;
      if (data.payload?.value === 'success') notify(`verified ${data.transactionReference}`);
      else if (code === 9836) notify('Please try the face check again.');
      break;
    }
    case 'hpp.acquirer.example': {
      const code = data.payload?.metainfo?.code;
      if (data.payload?.value === 'authorised') notify(`paid ${data.transactionReference}`);
      else if (code === 9836) notify('Your bank did not answer in time.');
      break;
    }
  }
  });
}
