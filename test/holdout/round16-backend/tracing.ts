// The platform team's own tracing decorator (a stand-in: it only names the span).
export function Traced(span: string): MethodDecorator {
  return () => {
    void span;
  };
}
