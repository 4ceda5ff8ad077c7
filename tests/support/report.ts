/**
 * Failure reports that read well: a header and one line per problem (capped),
 * instead of a diff of a long array.
 */
export function assertNone(problems: readonly string[], header: string, max = 80): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, max);
  const more = problems.length > max ? [`… und ${problems.length - max} weitere`] : [];
  throw new Error(`${header} (${problems.length}):\n${[...shown, ...more].join('\n')}`);
}
