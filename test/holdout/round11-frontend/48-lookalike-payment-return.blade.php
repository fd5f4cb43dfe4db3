@extends('layouts.shop')

{{-- Card payment return page (the payment gateway appends its result). --}}
@section('content')
  @if (request('transactionStatus') === 'APPROVED')
    <h1>Payment received</h1>
    <p>Transaction {{ request('transactionReference') }}</p>
  @else
    <h1>Payment declined</h1>
  @endif
@endsection
