// Filling `{name}` placeholders in a dictionary string. Imports no dictionary, so browser code can
// use it beside the few strings it ships.

export type Vars = Record<string, string | number>;

/** "找到 {n} 个结果" with { n: 3 } → "找到 3 个结果"; a placeholder without a value stays as written. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
