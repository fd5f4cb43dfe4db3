// The route of a Remix / React Router file-route module (page-routes.ts's Remix router). Flat routes (Remix v2,
// React Router v7's @react-router/fs-routes): a module directly in app/routes/ (`kyc.$id_.done.tsx`) or a folder's
// route module (`kyc.done/route.tsx`); its name's dots are slashes, `$id` a parameter, `$` a splat, `(lang)` /
// `($lang)` optional, `_index` the index, a segment starting with `_` a pathless layout, a trailing `_` opts out of
// nesting only, `[.]` escapes. Remix v1 (a 1.x dependency) nests folders: `routes/kyc/$id/done.tsx`, `__auth/` pathless.
// remix-flat-routes (a `remix-flat-routes` dependency) adds flat folders: a folder whose name ends in `+` is its name
// and a dot (`kyc+/$id.done.tsx` is `kyc.$id.done`, folders nest: `_auth+/kyc+/done.tsx`); below them a plain folder
// is a route only through its route module (`route`, `index`, `_index`, `_layout`, `_route`), other files there are
// modules it imports.
import type { Segment } from './page-routes.js';

const MODULE = /\.(?:[cm]?[jt]sx?)$/;

/** The written segments of a route module under app/routes (`dirs` below it, `file` its name), or undefined. */
export function remixWritten(dirs: string[], file: string, v1: boolean, flatFolders = false): string[] | undefined {
  if (!MODULE.test(file)) return undefined;
  const stem = file.slice(0, file.lastIndexOf('.'));
  if (v1) return [...dirs, stem].flatMap(splitDots);
  const flat = flatFolders ? dirs.findIndex((d) => !d.endsWith('+')) : 0;
  if (flat !== 0) {
    const folders = (flat < 0 ? dirs : dirs.slice(0, flat)).flatMap((d) => splitDots(d.slice(0, -1)));
    if (flat < 0) return [...folders, ...ownSegments(stem)];
    // A route folder inside the flat folders: its route module names it; `_layout` / `_route` are the folder's route.
    return dirs.length === flat + 1 && FOLDER_ROUTE.test(stem) ? [...folders, ...splitDots(dirs[flat]!), ...(stem === '_index' ? ['_index'] : [])] : undefined;
  }
  if (dirs.length === 0) return splitDots(stem);
  // A folder's route module; any other file in a folder is a module the route imports, no route.
  return dirs.length === 1 && stem === 'route' ? splitDots(dirs[0]!) : undefined;
}

const FOLDER_ROUTE = /^(?:route|index|_index|_layout|_route)$/;
/** A module's own name in a flat folder: `_layout` is the folder's route (no segment of its own). */
const ownSegments = (stem: string): string[] => (stem === '_layout' ? [] : splitDots(stem));

/** `kyc.$id_.done` → kyc, $id_, done; dots inside `[…]` are escaped text. */
function splitDots(name: string): string[] {
  const out: string[] = [];
  let cur = '';
  let bracket = false;
  for (const ch of name) {
    if (ch === '[') bracket = true;
    else if (ch === ']') bracket = false;
    if (ch === '.' && !bracket) { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** One written segment as a URL segment, null for a segment that adds none (index, pathless layout), undefined
 * when it is not understood (never matched). */
export function remixSegment(s: string, v1: boolean): Segment | null | undefined {
  if (s === '_index' || (v1 && s === 'index')) return null;
  if (v1 ? s.startsWith('__') : s.startsWith('_')) return null;
  const t = s.endsWith('_') ? s.slice(0, -1) : s;
  const optional = /^\((.*)\)$/.exec(t);
  const inner = optional ? optional[1]! : t;
  if (inner === '$') return optional ? undefined : { kind: 'rest', optional: true };
  if (/^\$[\w-]+$/.test(inner)) return { kind: optional ? 'optional' : 'param' };
  const text = inner.replace(/\[([^\]]*)\]/g, '$1');
  if (!text || /[$()[\]]/.test(text)) return undefined;
  return optional ? { kind: 'optional', text } : { kind: 'static', text };
}
