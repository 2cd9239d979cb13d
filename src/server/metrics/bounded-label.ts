/**
 * Label values a client can influence (operation names, error codes) must stay few, or every new
 * value makes a new time series in Prometheus. Values of the allowed shape are kept until `max`
 * distinct ones were seen; anything else, and every value after that, is `other`.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly shape: RegExp,
  ) {}

  /** The label value for `value`. */
  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max || !this.shape.test(value)) return OTHER;
    this.seen.add(value);
    return value;
  }
}

export const OTHER = 'other';
