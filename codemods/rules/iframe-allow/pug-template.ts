// A Vue SFC whose template is Pug (`<template lang="pug">`, vue-loader + pug-plain-loader): its `iframe(…)` lines are
// no markup parse5 reads, so a frame there was neither edited nor flagged (round-12 hold-out). On a page with a proven
// Jumio handler, a Pug frame whose allow list is not the KYX one gets an item above the template (never an edit: the
// attributes are Pug's, and the markup is only edited at positions a parser gives).
import type { ManualItem, RuleFile } from '../../engine/types.js';
import { getAttribute } from '../../engine/embedded.js';
import { ALLOW_MESSAGE } from './frame-tag.js';
import { REQUIRED_ALLOW } from './allow-value.js';
import { webClientUrlKind } from './web-client-url.js';

const FRAME_LINE = /^\s*iframe(?=[\s(#.]|$)/;

export function pugTemplateItems(file: RuleFile, pageProven: () => boolean, why: string): ManualItem[] {
  const tpl = file.html?.elements.find((el) => el.tagName === 'template' && /^(pug|jade)$/i.test(getAttribute(el, 'lang') ?? '')
    && el.parentNode && !('tagName' in el.parentNode));
  const loc = tpl?.sourceCodeLocation;
  if (!loc?.startTag || !loc.endTag) return [];
  const lines = file.text.slice(loc.startTag.endOffset, loc.endTag.startOffset).split('\n');
  const frames = lines.flatMap((line, i) => (FRAME_LINE.test(line) ? [lines.slice(i, i + 8).join('\n')] : []));
  const needsList = frames.filter((f) => {
    const attrs = /\(([^)]*)\)/.exec(f)?.[1] ?? '';
    const src = /(?:^|[\s,])src\s*=\s*(["'])([^"']*)\1/.exec(attrs)?.[2];
    if (src !== undefined && /^(https?:)?\/\//.test(src) && !webClientUrlKind(src)) return false; // another site's page
    const allow = /(?:^|[\s,])allow\s*=\s*(["'])([^"']*)\1/.exec(attrs)?.[2] ?? '';
    const features = allow.split(';').map((x) => x.trim().split(/\s+/)[0]!.toLowerCase());
    return !REQUIRED_ALLOW.every((r) => features.includes(r)) || !/(?:^|[\s,])allowfullscreen\b/i.test(attrs);
  });
  if (!needsList.length || !pageProven()) return [];
  return [{ pos: loc.startOffset, commentStyle: 'html', message: `the iframe in the Pug template is not edited: ${ALLOW_MESSAGE} (${why})` }];
}
