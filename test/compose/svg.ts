// A minimal strict XML reader for vega's SVG output (well-formedness + text positions), no dependencies.
export interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
function decode(s: string): string {
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s)) throw new Error(`Bad entity in: ${s.slice(0, 40)}`);
  return s.replace(ENTITY, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'"
      : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));
}

/** Parse XML; throws on unbalanced tags, bad attributes or entities. */
export function parseXml(xml: string): El {
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const top = stack[stack.length - 1]!;
    if (m[6]) throw new Error(`Malformed tag at ${m.index}: ${xml.slice(m.index, m.index + 60)}`);
    if (m[1]) {
      if (top.name !== m[1]) throw new Error(`Closing </${m[1]}> but <${top.name}> is open`);
      stack.pop();
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of m[3]!.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1]! in attrs) throw new Error(`Duplicate attribute ${a[1]}`);
        attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
      }
      const el: El = { name: m[2], attrs, children: [], text: '' };
      top.children.push(el);
      if (!m[4]) stack.push(el);
    } else if (m[5]) {
      if (stack.length === 1 && m[5].trim()) throw new Error('Text outside the root element');
      top.text += decode(m[5]);
    }
  }
  if (stack.length !== 1) throw new Error(`Unclosed <${stack[stack.length - 1]!.name}>`);
  if (root.children.length !== 1) throw new Error('Expected exactly one root element');
  return root.children[0]!;
}

export interface PlacedText {
  text: string;
  x: number;
  anchor: string;
  fontSize: number;
  fontWeight: string;
  fontFamily: string;
}

function translateX(t: string | undefined): number {
  const m = t?.match(/translate\(\s*([-\d.e]+)/);
  return m ? Number(m[1]) : 0;
}

/** Every text line with its absolute x (sum of ancestor translates), anchor and font. */
export function textsOf(el: El, x = 0, out: PlacedText[] = []): PlacedText[] {
  const here = x + translateX(el.attrs.transform);
  if (el.name === 'text') {
    const lines = el.children.filter((c) => c.name === 'tspan');
    const base = { x: here, anchor: el.attrs['text-anchor'] ?? 'start', fontSize: parseFloat(el.attrs['font-size'] ?? '11'), fontWeight: el.attrs['font-weight'] ?? '400', fontFamily: el.attrs['font-family'] ?? '' };
    if (lines.length) for (const t of lines) out.push({ ...base, text: t.text });
    else out.push({ ...base, text: el.text });
    return out;
  }
  for (const c of el.children) textsOf(c, here, out);
  return out;
}
