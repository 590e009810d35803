// Typed options for the core; the CLI parses arguments into these and the core never sees argv.

export type OutputFormat = 'pdf' | 'html' | 'json';

export interface DataOptions {
  /** Excel/CSV files or folders; empty = the bundled example data. */
  data: string[];
  /** User indicator catalogue extending/overriding the bundled one. */
  catalog?: string;
}

export interface KommunOptions extends DataOptions {
  kommun: string;
  year?: number;
  outDir: string;
  format: OutputFormat;
  rulesFile?: string;
  /** A filled underlag workbook, or a folder of them (the kommun's own is picked). */
  lokal?: string;
  /** --jamforelse: keywords (liknande, kommungrupp, lan, riket), kommunkoder or names, in order; default liknande, lan, riket. */
  sets?: string[];
  /** --grupper: a JSON file of named comparison groups. */
  groupsFile?: string;
  /** --avsandare: who sends the report (the PDF's Author); default "<Namn> kommun". */
  sender?: string;
  /** --webb: also write the report's page of the static web site in <år>/webb/ (src/web). */
  web?: boolean;
}
