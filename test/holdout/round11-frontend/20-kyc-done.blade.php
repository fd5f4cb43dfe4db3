@extends('layouts.app')

{{-- Success/error URL of the Jumio identity check: Netverify appends its query parameters. --}}
@section('content')
  @if (request('transactionStatus') === 'SUCCESS')
    <h1>Thank you, your identity check is complete</h1>
    <p>Reference: {{ request('transactionReference') }}</p>
  @else
    <h1>We could not verify your identity</h1>
    <p>Error {{ request()->query('errorCode') }}. <a href="{{ route('kyc.start') }}">Try again</a></p>
  @endif
@endsection
