// The values static-strings.ts evaluates an expression to: candidate strings made of literal pieces and holes
// (unknown parts), their text, and the bounded product and de-duplication of candidate lists.
import type { Node } from '#ts-morph';

/** A piece of a candidate string: literal text (with the literal node it came from) or an unknown hole. */
export interface Piece {
  text: string;
  hole?: boolean;
  /** The string literal the text was taken from, when it was taken whole from one. */
  literal?: Node;
}
export type Candidate = Piece[];

export const HOLE = '__nvm_hole__';
const MAX_CANDIDATES = 24;

export function candidateText(c: Candidate): string {
  return c.map((p) => (p.hole ? HOLE : p.text)).join('');
}
export function hasHole(c: Candidate): boolean {
  return c.some((p) => p.hole);
}

export const hole = (): Candidate => [{ text: '', hole: true }];

export function product(parts: Candidate[][]): Candidate[] {
  let acc: Candidate[] = [[]];
  for (const options of parts) {
    const next: Candidate[] = [];
    for (const a of acc) for (const o of options) if (next.length < MAX_CANDIDATES) next.push([...a, ...o]);
    acc = next;
  }
  return acc;
}

export function dedupe(cs: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return cs.filter((c) => {
    const k = candidateText(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
