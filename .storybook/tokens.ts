/**
 * The docs rows and controls of the elements' CSS custom properties (design tokens), from their
 * entries in custom-elements.json, whose defaults scripts/token-defaults.mjs reads from the
 * elements' styles. A colour that follows the colour scheme, `light-dark(#0b5cad, #79b8ff)`, is
 * shown as its two values; its control is a colour picker offering both. Other tokens (lengths,
 * numbers, shadows, fonts) get a text field.
 *
 * Free of Storybook runtime imports: test/stories.test.ts checks these rows in a plain page.
 */

export interface CssProperty {
  name: string;
  description?: string;
  default?: string;
}

/** What Storybook needs of a token's row (a subset of its InputType). */
export interface TokenArgType {
  name: string;
  description: string;
  control: { type: 'color'; presetColors: string[] } | { type: 'text' };
  table: { category: string; defaultValue: { summary: string; detail?: string } };
}

/** The two values of a top-level `light-dark(light, dark)`, or undefined. */
export function lightDark(value: string): { light: string; dark: string } | undefined {
  const match = /^light-dark\((.*)\)$/s.exec(value.trim());
  if (!match) return undefined;
  // Split at the top-level comma: the values may hold commas of their own (rgb(0, 0, 0)).
  let depth = 0;
  for (let index = 0; index < match[1]!.length; index++) {
    const char = match[1]![index];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) return { light: match[1]!.slice(0, index).trim(), dark: match[1]!.slice(index + 1).trim() };
  }
  return undefined;
}

const COLOUR = /^(#[\da-f]{3,8}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color)\(.*\)|transparent|currentcolor)$/is;

/** Whether a default is a colour (or a pair of them), which takes a colour picker. */
export const isColour = (value: string | undefined): boolean => {
  if (!value) return false;
  const pair = lightDark(value);
  return pair ? COLOUR.test(pair.light) && COLOUR.test(pair.dark) : COLOUR.test(value.trim());
};

/** The default as the docs table shows it: "light #0b5cad · dark #79b8ff", or the value itself. */
export function defaultSummary(value: string): string {
  const pair = lightDark(value);
  return pair ? `light ${pair.light} · dark ${pair.dark}` : value;
}

/** A token's row: its description, its default (light and dark), a live control. */
export function tokenArgType(property: CssProperty, category = 'css custom properties'): TokenArgType {
  const value = property.default ?? '';
  const pair = lightDark(value);
  return {
    name: property.name,
    description: property.description ?? '',
    control: isColour(value) ? { type: 'color', presetColors: pair ? [pair.light, pair.dark] : [value] } : { type: 'text' },
    table: { category, defaultValue: { summary: defaultSummary(value), ...(pair ? { detail: value } : {}) } },
  };
}

/** The `--eh-*` values a story's controls set, as declarations for a style attribute ("--eh-x: red; "). */
export function tokenDeclarations(args: Record<string, unknown>): string {
  return Object.entries(args)
    .filter(([name, value]) => /^--eh-[a-z-]+$/.test(name) && typeof value === 'string' && value.trim() !== '' && !/[;{}]/.test(value))
    .map(([name, value]) => `${name}: ${String(value).trim()}; `)
    .join('');
}
