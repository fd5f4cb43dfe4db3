import { useEffect } from 'react';

// A generic hook of the app: parses what the window is posted and hands on what the guard accepts.
export function useWindowMessage<T>(guard: (value: unknown) => value is T, onMessage: (message: T) => void): void {
  useEffect(() => {
    function listener(event: MessageEvent) {
      if (typeof event.data !== 'string') return;
      const value: unknown = JSON.parse(event.data);
      if (guard(value)) onMessage(value);
    }
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, [guard, onMessage]);
}

// The same, for senders the app trusts by origin.
export function useTrustedMessage<T>(origin: string, onMessage: (message: T) => void): void {
  useEffect(() => {
    const listener = (event: MessageEvent<string>) => {
      if (event.origin !== origin) return;
      onMessage(JSON.parse(event.data) as T);
    };
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, [origin, onMessage]);
}
