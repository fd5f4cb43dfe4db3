// "Does this parse's text contain X?", asked per call by the client recognisers (a file that never spells `bent`,
// `axiosRef`, `undici`… has no such client): answered once per parse and string, not once per call.
import type { ts } from '#ts-morph';

const answers = new WeakMap<ts.SourceFile, Map<string, boolean>>();

export function fileSpells(sf: ts.SourceFile, text: string): boolean {
  let known = answers.get(sf);
  if (!known) answers.set(sf, (known = new Map()));
  let yes = known.get(text);
  if (yes === undefined) known.set(text, (yes = sf.text.includes(text)));
  return yes;
}
