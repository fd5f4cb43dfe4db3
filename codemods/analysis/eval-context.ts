// Where a node lives: the rule's file (an in-memory block) or another module of the customer's repo.
// Static evaluation follows identifiers across files; it needs each SourceFile's absolute path to resolve
// relative imports from it.
import { Node, type SourceFile } from '#ts-morph';
import type { ProjectView } from '../engine/types.js';

export class EvalContext {
  private readonly paths = new Map<SourceFile, string>();

  constructor(
    readonly project: ProjectView,
    mainFile: SourceFile,
    mainAbsPath: string,
  ) {
    this.paths.set(mainFile, mainAbsPath);
  }

  pathOf(node: Node): string | undefined {
    return this.paths.get(node.getSourceFile());
  }

  /** Parse the module a specifier in `from`'s file points to (relative paths, tsconfig paths). */
  loadModule(specifier: string, from: Node): SourceFile | undefined {
    const fromPath = this.pathOf(from);
    if (!fromPath) return undefined;
    const abs = this.project.resolveModule(specifier, fromPath);
    if (!abs) return undefined;
    const sf = this.project.getSourceFile(abs);
    if (sf) this.paths.set(sf, abs);
    return sf;
  }

  /** A module parsed by the project view that the analysis follows a value into (a file importing the main one). */
  adopt(sf: SourceFile, absPath: string): void {
    if (!this.paths.has(sf)) this.paths.set(sf, absPath);
  }

  /** The main file (the rule's block) and its absolute path. */
  get main(): { sourceFile: SourceFile; absPath: string } {
    const [sourceFile, absPath] = [...this.paths][0]!;
    return { sourceFile, absPath };
  }

  isMainFile(node: Node): boolean {
    return this.paths.get(node.getSourceFile()) !== undefined && [...this.paths.keys()][0] === node.getSourceFile();
  }
}

/** Skip parentheses, type assertions, `!` and `satisfies` around an expression. */
export function unwrap(node: Node): Node {
  let n = node;
  for (;;) {
    if (Node.isParenthesizedExpression(n) || Node.isAsExpression(n) || Node.isNonNullExpression(n) ||
        Node.isSatisfiesExpression(n) || Node.isTypeAssertion(n)) {
      n = n.getExpression();
    } else return n;
  }
}
