// tokenLifetimeInMinutes → tokenLifetime for a value that is a constant: a literal, arithmetic of literals
// (`60 * 24 * 30`), or a conditional whose branches are constants (`isLong ? 60 : 30` → `isLong ? '1h' : '30m'`).
// Anything else is written as a template (`${minutes}m`) by the caller.
import { Node, SyntaxKind } from '#ts-morph';
import { minutesToTokenLifetime } from '../../api/index.js';
import { unwrap } from './eval-context.js';

/** The KYX tokenLifetime source text of a constant value (quoted with `q`), else undefined. Throws RangeError (from
 * api/) when a constant is outside the legacy 5–86400 range. */
export function constantLifetimeText(value: Node, q: (v: string) => string, depth = 0): string | undefined {
  const v = unwrap(value);
  const minutes = constantMinutes(v);
  if (minutes !== undefined) return q(minutesToTokenLifetime(minutes));
  if (!Node.isConditionalExpression(v) || depth > 4) return undefined;
  const yes = constantLifetimeText(v.getWhenTrue(), q, depth + 1);
  const no = yes === undefined ? undefined : constantLifetimeText(v.getWhenFalse(), q, depth + 1);
  return yes !== undefined && no !== undefined ? `${v.getCondition().getText()} ? ${yes} : ${no}` : undefined;
}

/** A number written as literals and arithmetic (`60 * 24 * 30`: thirty days in minutes), else undefined. */
export function constantMinutes(v: Node, depth = 0): number | undefined {
  if (Node.isNumericLiteral(v)) return Number(v.getLiteralValue());
  if (depth > 8) return undefined;
  if (Node.isParenthesizedExpression(v)) return constantMinutes(v.getExpression(), depth + 1);
  if (!Node.isBinaryExpression(v)) return undefined;
  const l = constantMinutes(v.getLeft(), depth + 1);
  const r = constantMinutes(v.getRight(), depth + 1);
  if (l === undefined || r === undefined) return undefined;
  switch (v.getOperatorToken().getKind()) {
    case SyntaxKind.AsteriskToken: return l * r;
    case SyntaxKind.PlusToken: return l + r;
    case SyntaxKind.MinusToken: return l - r;
    default: return undefined;
  }
}
