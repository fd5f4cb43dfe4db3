// Mounts the Jumio web client into a container and reports its outcome.
interface MountOptions {
  container: HTMLElement;
  url: string;
  onSuccess(reference: string): void;
  onError(code: number): void;
}

export function mountJumio({ container, url, onSuccess, onError }: MountOptions): () => void {
  const iframe = document.createElement('iframe');
  iframe.src = url;
  iframe.setAttribute('allow', 'camera;fullscreen');
  iframe.setAttribute('allowfullscreen', '');
  iframe.className = 'jumio-frame';
  container.replaceChildren(iframe);

  const controller = new AbortController();
  window.addEventListener('message', onJumioMessage as EventListener, { signal: controller.signal });

  function onJumioMessage(event: MessageEvent<string>) {
    if (event.source !== iframe.contentWindow) return;
    const msg = JSON.parse(event.data);
    if (msg.payload.value === 'success') {
      onSuccess(msg.transactionReference);
      return;
    }
    if (msg.payload.value !== 'error') return;
    switch (msg.payload.metainfo.code) {
      case 9200:
      case 9210:
        onError(401);
        break;
      case 9836:
        onError(422);
        break;
      default:
        onError(500);
    }
  }

  return () => {
    controller.abort();
    iframe.remove();
  };
}
