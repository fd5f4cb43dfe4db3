// Messages for the web client's error codes, shared by the frame handler and the error page.
export const verificationErrors: Record<number, string> = {
  9100: 'Our verification partner had a problem.',
  9200: 'Your session has expired.',
  9820: 'We need access to your camera.',
  // TODO(netverify-migrate): iframe-event-handler: error code 9836 changed meaning on KYX: it now means "authentication failure"; the legacy meaning ("no acceptable submission in 3 attempts") is 9835 — decide which of the two this code stands for here
  9836: 'We could not accept your submission after 3 attempts.',
};

export const fehlermeldungen: Record<string, string> = {
  '9100': 'Fehler beim Partner.',
  '9210': 'Sitzung abgelaufen.',
  '9300': 'Upload fehlgeschlagen.',
  // TODO(netverify-migrate): iframe-event-handler: error code 9836 changed meaning on KYX: it now means "authentication failure"; the legacy meaning ("no acceptable submission in 3 attempts") is 9835 — decide which of the two this code stands for here
  '9836': 'Nach 3 Versuchen nicht akzeptiert.',
};

export function canRetry(code: number): boolean {
  switch (code) {
    case 9200:
    case 9210:
    case 9800:
    // TODO(netverify-migrate): iframe-event-handler: error code 9836 changed meaning on KYX: it now means "authentication failure"; the legacy meaning ("no acceptable submission in 3 attempts") is 9835 — decide which of the two this code stands for here
    case 9836:
      return true;
    default:
      return false;
  }
}

// TODO(netverify-migrate): iframe-event-handler: error code 9836 changed meaning on KYX: it now means "authentication failure"; the legacy meaning ("no acceptable submission in 3 attempts") is 9835 — decide which of the two this code stands for here
export const SUPPORT_CODES = [9100, 9400, 9801, 9836];
