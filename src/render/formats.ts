// The output formats of a unit's report.
export type OutputFormat = 'pdf' | 'html' | 'json';
