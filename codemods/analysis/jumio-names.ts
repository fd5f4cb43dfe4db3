// "Does this text name Jumio?": the one spelling of the words every heuristic counts as naming the vendor (its
// brand and the legacy product/domain). Its own module, free of the compiler, so the text-only template scan can use it too;
// backend and front-end analysis share it.

/** The vendor's names: its brand and the legacy product (also the legacy domain's name). */
export const JUMIO_NAMES = ['jumio', 'netverify'] as const;

const NAMES = new RegExp(JUMIO_NAMES.join('|'), 'i');

export function mentionsJumio(text: string): boolean {
  return NAMES.test(text);
}

/** The names as a case-sensitive prefilter needs them: as written, Capitalised, UPPER CASE. */
export const JUMIO_NAME_SPELLINGS: readonly string[] = JUMIO_NAMES.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
