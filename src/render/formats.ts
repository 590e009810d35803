// One table of output formats: format id → file extension, whether Chromium prints it, and its renderer.
// `kommun` and the batch (`lan`, `alla`) both read it; a new format is one entry here.
import { analysisJson, type JsonInput } from './json.ts';

/** A renderer's result: a document for the browser to print, or the file's content. */
export type Rendered = { kind: 'pdf'; html: string; title: string } | { kind: 'file'; data: string | Uint8Array };

/** A composed report, each view made only when a format asks for it (composing the HTML is the costly part). */
export interface ReportSource {
  /** The report as one self-contained HTML document (compose → renderHtml). */
  document(): Promise<{ html: string; title: string }>;
  /** What the JSON document needs; absent for the county report, which has no JSON form. */
  json?: JsonInput;
}

export interface OutputFormatSpec {
  ext: string;
  /** Printed in Chromium (the run starts a browser). */
  needsBrowser: boolean;
  /** Made from the HTML document, so the county report has it too. */
  fromDocument: boolean;
  render(source: ReportSource): Promise<Rendered>;
}

const TABLE = {
  pdf: { ext: 'pdf', needsBrowser: true, fromDocument: true, render: async (s) => ({ kind: 'pdf', ...(await s.document()) }) },
  html: { ext: 'html', needsBrowser: false, fromDocument: true, render: async (s) => ({ kind: 'file', data: (await s.document()).html }) },
  json: {
    ext: 'json',
    needsBrowser: false,
    fromDocument: false,
    render: async (s) => {
      if (!s.json) throw new Error('JSON finns bara för en kommuns eller stadsdels rapport.');
      return { kind: 'file', data: analysisJson(s.json) };
    },
  },
} satisfies Record<string, OutputFormatSpec>;

export type OutputFormat = keyof typeof TABLE;
export const FORMATS: Record<OutputFormat, OutputFormatSpec> = TABLE;
export const OUTPUT_FORMATS = Object.keys(TABLE) as OutputFormat[];
