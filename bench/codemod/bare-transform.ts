// A jscodeshift transform that does nothing at all (not even parse): measures the runner alone.
export default function bareTransform(): undefined {
  return undefined;
}
