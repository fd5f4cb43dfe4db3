// The jscodeshift baseline: the least a jscodeshift transform does — parse the file — and change nothing.
import type { API, FileInfo } from 'jscodeshift';

export default function noopTransform(file: FileInfo, api: API): undefined {
  api.jscodeshift(file.source);
  return undefined;
}
