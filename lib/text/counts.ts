// Made once: building a NumberFormat costs far more than using one, and pages format many counts.
const COUNT = new Intl.NumberFormat('en-CA', { maximumFractionDigits: 0 });

/** A count the way the app's English writes it: "30,000", "4,800". */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** "1 question", "2,000 students". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
