import { useEffect, useRef, useState } from 'react';

/** Keeps the latest handler in a ref so the listener is attached once. */
function useWindowMessage(handler: (event: MessageEvent) => void) {
  const saved = useRef(handler);
  saved.current = handler;
  useEffect(() => {
    const listener = (event: MessageEvent) => saved.current(event);
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, []);
}

export default function NetverifyStep({ src }: { src: string }) {
  const [ref, setRef] = useState<string>();
  useWindowMessage((event) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') setRef(data.transactionReference);
  });
  return (
    <>
      <iframe src={src} allow="camera;fullscreen" allowFullScreen />
      {ref ? <p>Done: {ref}</p> : null}
    </>
  );
}
