// The Either of the insurers' service layers (a stand-in for the customers' own lib/either.mjs; never an input):
// Left carries what the caller has to act on, Right the result.
export const left = (error) => Object.freeze({ ok: false, error });
export const right = (value) => Object.freeze({ ok: true, value });
export const isLeft = (either) => !either.ok;
export const isRight = (either) => either.ok;

export function fold(either, onLeft, onRight) {
  return either.ok ? onRight(either.value) : onLeft(either.error);
}
