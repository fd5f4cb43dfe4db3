// What the member can do after the Jumio web client (KYX) reports an error: the table lists 9835, a code only KYX
// has, so its 9836 is KYX's "authentication failure". Nothing to flag.
export function recoveryFor(code: number): 'new-session' | 'reload' | 'coach' | 'support' {
  switch (code) {
    case 9200:
    case 9210:
      return 'new-session';
    case 9300:
    case 9800:
      return 'reload';
    case 9835:
      return 'coach';
    case 9836:
      return 'support';
    default:
      return 'support';
  }
}
