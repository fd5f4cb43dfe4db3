// landing-page-params: a Laravel Blade view and a Django template (.html with {% %} tags) that read the redirect in
// their server tags — `@if (request('transactionStatus') === 'SUCCESS')`, `{{ request('transactionReference') }}`,
// `{% if request.GET.transactionStatus == "SUCCESS" %}` — get one item per read line, as ERB, Jinja and Twig views do
// (server-template-reads.ts; round-11 hold-out, where both passed silently). A Blade card return, a Django refund page
// and an Angular template with {{ }} interpolations only stay byte-identical.
import { describe, expect, it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { rules } from '../../../codemods/rules/index.js';

const lpp = rules.filter((r) => r.id === 'landing-page-params');
const run = (path: string, text: string) => transformText({ path, absPath: `/tmp/nvm-stl/${path}`, text, rules: lpp });

const BLADE = `@extends('layouts.app')

{{-- Success/error URL of the Jumio identity check. --}}
@section('content')
  @if (request('transactionStatus') === 'SUCCESS')
    <p>Reference: {{ request('transactionReference') }}</p>
  @else
    <p>Error {{ request()->query('errorCode') }}</p>
  @endif
@endsection
`;
const DJANGO = `{% extends "base.html" %}
{% block content %}
{# Landing page of the Jumio identity check. #}
{% if request.GET.transactionStatus == "SUCCESS" %}
  <p>Your reference: {{ request.GET.transactionReference }}</p>
{% endif %}
{% endblock %}
`;

describe('landing-page-params: Blade and Django server tags', () => {
  it('a Blade view: one item per read line, an HTML comment above it', () => {
    const r = run('resources/views/kyc/done.blade.php', BLADE);
    expect(r.manual.map((m) => m.message.match(/parameter (\w+)/)?.[1])).toEqual(['transactionStatus', 'transactionReference']);
    expect(r.output).toContain(`<!-- TODO(netverify-migrate): landing-page-params: in the page's server template code`);
    expect(run('resources/views/kyc/done.blade.php', r.output).output).toBe(r.output);
  });

  it('a Django template in an .html page: one item per read line', () => {
    const r = run('templates/kyc/done.html', DJANGO);
    expect(r.manual.map((m) => m.message.match(/parameter (\w+)/)?.[1])).toEqual(['transactionStatus', 'transactionReference']);
  });

  it('a Blade card return, a Django refund page and an Angular template stay byte-identical', () => {
    const card = BLADE.replace('Success/error URL of the Jumio identity check', 'Card payment return page').replace("'SUCCESS'", "'APPROVED'");
    const refund = DJANGO.replace('Landing page of the Jumio identity check', 'Refund confirmation: the payment provider redirects here').replace('"SUCCESS"', '"REFUNDED"');
    const angular = '<p *ngIf="query.transactionStatus === \'SUCCESS\'">Identity verified ({{ query.transactionReference }})</p>\n';
    for (const [path, text] of [['resources/views/shop/return.blade.php', card], ['templates/shop/refund.html', refund], ['src/app/kyc-done.component.html', angular]] as const) {
      const r = run(path, text);
      expect(r.output, path).toBe(text);
      expect(r.manual, path).toEqual([]);
    }
  });
});
