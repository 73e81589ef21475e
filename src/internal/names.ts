/**
 * Splits a hand-written list of names: commas, semicolons, 、 and ； by default. Shared by the
 * elements that take names in attributes (`<photo-credit written-by>`, `<group-photo credit people>`).
 */
export const splitNames = (value: string | null | undefined, separators = /[,;、；，]/): string[] =>
  (value ?? '')
    .split(separators)
    .map((name) => name.trim())
    .filter(Boolean);
