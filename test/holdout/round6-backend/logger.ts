export const logger = {
  info(obj: unknown, msg?: string) { console.log(msg, obj); },
  warn(obj: unknown, msg?: string) { console.warn(msg, obj); },
};
