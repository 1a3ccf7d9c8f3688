// A scrape read back by a Prometheus text parser (parse-prometheus-text-format), as a monitoring
// server would: families with their type and samples, and the value of one series.
import parsePrometheusTextFormat from 'parse-prometheus-text-format';

export interface Series {
  labels: Record<string, string>;
  value: number;
}

export interface Scrape {
  /** Each family's type as declared (COUNTER, GAUGE, HISTOGRAM…). */
  types: Map<string, string>;
  /** Every series of a name (a histogram's as name_bucket, name_sum, name_count). */
  series(name: string): Series[];
  /** The sum of the series of `name` whose labels include `labels`; 0 when none. */
  value(name: string, labels?: Record<string, string>): number;
}

/** Parses a scrape. The parser folds a histogram's labelled series into one bucket map (it keeps
 * only unlabelled histograms whole), so histograms are read a second time declared untyped: each
 * _bucket, _sum and _count line then comes back with its labels and value. */
export function parseScrape(text: string): Scrape {
  const typed = parsePrometheusTextFormat(text);
  const types = new Map(typed.map((f) => [f.name, f.type]));
  const untyped = parsePrometheusTextFormat(text.replace(/^# TYPE (\S+) histogram$/gm, '# TYPE $1 untyped'));
  const byName = new Map<string, Series[]>();
  const histogramParts = new Set(typed.filter((f) => f.type === 'HISTOGRAM').flatMap((f) => ['_bucket', '_sum', '_count'].map((suffix) => f.name + suffix)));
  for (const family of [...typed.filter((f) => f.type !== 'HISTOGRAM'), ...untyped.filter((f) => histogramParts.has(f.name))]) {
    const list = byName.get(family.name) ?? [];
    for (const sample of family.metrics) if (sample.value !== undefined) list.push({ labels: sample.labels ?? {}, value: Number(sample.value) });
    byName.set(family.name, list);
  }
  const series = (name: string) => byName.get(name) ?? [];
  return {
    types,
    series,
    value: (name, labels = {}) =>
      series(name).filter((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0),
  };
}
