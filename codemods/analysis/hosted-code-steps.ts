// Code pasted into an automation platform's code step: a Pipedream Node.js step (`export default defineComponent({
// async run({ steps, $ }) … })`, `defineComponent` a global there) or a Code by Zapier step (top-level code reading the
// `inputData` global and handing `output` on). Such a step runs alone: it can import npm packages (Pipedream) or
// nothing (Zapier), never a module of the repository, so the generated kyx-auth helper the migrated call imports is
// not there at run time (hold-out round 66).
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { unwrap } from './eval-context.js';
import { findDeclaration } from './resolve-binding.js';

/** The platform whose code step this file is, or undefined. */
export function hostedCodeStep(sf: SourceFile): 'Pipedream' | 'Code by Zapier' | undefined {
  if (isPipedreamStep(sf)) return 'Pipedream';
  if (isZapierStep(sf)) return 'Code by Zapier';
  return undefined;
}

/** `export default defineComponent({ … run(…) … })` with a `defineComponent` the file does not import (Pipedream's
 * global; Vue's is imported), or any import of `@pipedream/platform`. */
function isPipedreamStep(sf: SourceFile): boolean {
  if (sf.getImportDeclarations().some((d) => d.getModuleSpecifierValue() === '@pipedream/platform')) return true;
  const ea = sf.getStatements().find((s) => Node.isExportAssignment(s) && !s.isExportEquals());
  const call = ea && Node.isExportAssignment(ea) ? unwrap(ea.getExpression()) : undefined;
  if (!call || !Node.isCallExpression(call) || call.getExpression().getText() !== 'defineComponent' || findDeclaration(call.getExpression(), 'defineComponent')) return false;
  const obj = call.getArguments()[0];
  return !!obj && Node.isObjectLiteralExpression(obj) && !!obj.getProperty('run');
}

/** Top-level code reading `inputData` (not declared by the file) that assigns `output` or returns at the top level. */
function isZapierStep(sf: SourceFile): boolean {
  if (!/\binputData\b/.test(sf.getFullText())) return false;
  const read = sf.getDescendantsOfKind(SyntaxKind.Identifier).find((i) => i.getText() === 'inputData');
  if (!read || findDeclaration(read, 'inputData')) return false;
  return sf.getStatements().some((s) => Node.isReturnStatement(s) || (Node.isExpressionStatement(s) && Node.isBinaryExpression(s.getExpression())
    && s.getExpression().asKindOrThrow(SyntaxKind.BinaryExpression).getLeft().getText() === 'output'));
}

/** The manual item for a migrated call in a platform's code step. */
export function hostedCodeStepMessage(platform: 'Pipedream' | 'Code by Zapier', helperFile: string): string {
  const secrets = platform === 'Pipedream'
    ? 'keep KYX_CLIENT_ID / KYX_CLIENT_SECRET as Pipedream environment variables (process.env)'
    : 'pass KYX_CLIENT_ID / KYX_CLIENT_SECRET in through inputData (from Storage by Zapier or the Zap\'s fields), as the legacy credentials were';
  return `this runs as ${platform === 'Pipedream' ? 'a Pipedream code step' : 'a Code by Zapier step'}, which cannot import a module of this ` +
    `repository: write what it uses of ${helperFile} (the token request, an OAuth2 client-credentials POST to the region's auth host ` +
    `cached until it expires; for an authentication also the account lookup) into the step, and ${secrets}`;
}
