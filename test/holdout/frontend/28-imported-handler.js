import { handleJumioMessage } from './28-jumio-handler.js';

export function start() {
  window.addEventListener('message', handleJumioMessage, false);
}
