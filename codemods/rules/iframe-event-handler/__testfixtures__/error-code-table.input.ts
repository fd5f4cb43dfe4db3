// Messages for the web client's error codes, shared by the frame handler and the error page.
export const verificationErrors: Record<number, string> = {
  9100: 'Our verification partner had a problem.',
  9200: 'Your session has expired.',
  9820: 'We need access to your camera.',
  9836: 'We could not accept your submission after 3 attempts.',
};

export const fehlermeldungen: Record<string, string> = {
  '9100': 'Fehler beim Partner.',
  '9210': 'Sitzung abgelaufen.',
  '9300': 'Upload fehlgeschlagen.',
  '9836': 'Nach 3 Versuchen nicht akzeptiert.',
};

export function canRetry(code: number): boolean {
  switch (code) {
    case 9200:
    case 9210:
    case 9800:
    case 9836:
      return true;
    default:
      return false;
  }
}

export const SUPPORT_CODES = [9100, 9400, 9801, 9836];
