// A method taken off a module by destructuring (`const { post } = require('axios')`): a rewrite that calls another
// method of that module binds it beside the first (`const { post, put } = require('axios')`). Several calls ask for
// the same insertion; EditSet keeps one.
import { Node } from '#ts-morph';
import type { EditSet } from './edit-set.js';

export function bindBeside(binding: Node, name: string, edits: EditSet): void {
  const pattern = binding.getParent();
  if (!pattern || !Node.isObjectBindingPattern(pattern)) return;
  const elements = pattern.getElements();
  if (elements.some((el) => !el.getPropertyNameNode() && el.getName() === name)) return;
  const last = elements[elements.length - 1]!;
  edits.insertAt(last, last.getEnd(), `, ${name}`, `${name} bound beside ${binding.getText()}`);
}
