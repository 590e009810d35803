// A local stand-in for the Kolada v3 data endpoint (127.0.0.1, random port) serving documented-shape fixtures.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServerState {
  /** More ids than this in one request → HTTP 422. */
  maxIds: number;
  /** Rows per page; more → next_url. */
  pageSize: number;
  /** Answer 503 this many times to requests whose ids include riket, then succeed. */
  fail503: number;
  /** Never answer this many requests (time-out), then succeed. */
  hang: number;
  /** Answer with a body of the wrong shape / not JSON. */
  malformed?: 'shape' | 'json';
  requests: string[];
}

/** Fixture value for a KPI, Kolada id and year: ja/nej KPIs 1/0 per kommun, a fraction for regions and riket. */
export function fixtureValue(kpi: string, id: string, year: number): number {
  if (kpi.startsWith('U')) {
    if (id === '0000') return 0.12;
    if (id.startsWith('00')) return 0.4;
    return Number(id) % 2;
  }
  return Number(id.slice(-2)) + (year - 2000) / 10;
}

function rows(kpis: string[], ids: string[], years: number[]) {
  const out = [];
  for (const kpi of kpis) {
    for (const id of ids) {
      for (const year of years) {
        const values: Record<string, unknown>[] = [
          { gender: 'T', count: 1, status: '', value: fixtureValue(kpi, id, year), isdeleted: false },
          { gender: 'K', count: 1, status: '', value: 999, isdeleted: false },
        ];
        // 0380 has a deleted value 2019 and a null 2018: both skipped.
        if (id === '0380' && year === 2019) values[0]!['isdeleted'] = true;
        if (id === '0380' && year === 2018) values[0]!['value'] = null;
        out.push({ kpi, municipality: id, period: year, values });
      }
    }
  }
  return out;
}

export async function startServer(state: ServerState): Promise<{ base: string; close: () => Promise<void> }> {
  let server: Server;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    state.requests.push(url.pathname + url.search);
    const m = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/]+)$/.exec(url.pathname);
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    if (!m) return send(404, '{"error":"not found"}');
    const [kpis, ids, years] = [m[1]!.split(','), m[2]!.split(','), m[3]!.split(',').map(Number)];
    if (state.hang > 0) {
      state.hang--;
      return; // never answers; the client's AbortController ends it
    }
    if (ids.includes('0000') && state.fail503 > 0) {
      state.fail503--;
      return send(503, 'Service Unavailable');
    }
    if (ids.length > state.maxIds) return send(422, '{"detail":"too many ids"}');
    if (state.malformed === 'json') return send(200, '<html>Bad gateway</html>');
    if (state.malformed === 'shape') return send(200, JSON.stringify({ values: [{ kpi: 'U33620', municipality: '0114', period: 2019, values: 'x' }] }));
    const all = rows(kpis, ids, years);
    const page = Number(url.searchParams.get('page') ?? '1');
    const slice = all.slice((page - 1) * state.pageSize, page * state.pageSize);
    const more = page * state.pageSize < all.length;
    const next = more ? `http://127.0.0.1:${(server.address() as AddressInfo).port}${url.pathname}?page=${page + 1}` : null;
    send(200, JSON.stringify({ count: slice.length, values: slice, next_url: next, previous_url: page > 1 ? 'x' : null }));
  };
  server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}/v3`,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
