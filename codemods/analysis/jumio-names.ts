// "Does this text name Jumio?": the one spelling of the words every heuristic counts as naming the vendor (its
// brand and the legacy product/domain). Its own module, free of the compiler, so the text-only template scan can use it too;
// backend and front-end analysis share it.
export function mentionsJumio(text: string): boolean {
  return /jumio|netverify/i.test(text);
}
