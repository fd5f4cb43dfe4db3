import { handleJumioMessage } from './support/jumio-events.js';

export function listen() {
  window.addEventListener('message', handleJumioMessage);
  return () => window.removeEventListener('message', handleJumioMessage);
}
