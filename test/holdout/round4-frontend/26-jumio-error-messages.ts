// i18n: what we show for the error codes of the Jumio (Netverify) authentication client,
// from payload.metainfo.code of the iFrame event or errorCode on the error page.
export const jumioErrorMessages: Record<string, Record<number, string>> = {
  en: {
    9100: 'Our verification partner had a problem. Please try again.',
    9200: 'Your session has expired. Please start again.',
    9210: 'Your session has expired. Please start again.',
    9300: 'We could not upload your images. Check your connection.',
    9400: 'Something went wrong during verification.',
    9820: 'We need access to your camera.',
    9821: 'We could not capture your face after 3 attempts.',
    9836: 'We could not accept your submission after 3 attempts.',
  },
  de: {
    9100: 'Bei unserem Partner ist ein Fehler aufgetreten.',
    9200: 'Ihre Sitzung ist abgelaufen.',
    9820: 'Wir benötigen Zugriff auf Ihre Kamera.',
    9836: 'Ihre Aufnahme konnte nach 3 Versuchen nicht akzeptiert werden.',
  },
};

export function jumioErrorMessage(code: number | string, lang = 'en'): string {
  const table = jumioErrorMessages[lang] ?? jumioErrorMessages.en;
  return table[Number(code)] ?? table[9400];
}
