// jscodeshift entry running every rule, in engine order.
import type { API, FileInfo } from 'jscodeshift';
import { allRules } from './index.js';

export default function transform(file: FileInfo, api: API, options?: Record<string, unknown>): string | undefined {
  return allRules(file, api, options);
}
