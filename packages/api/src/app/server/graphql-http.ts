import zlib from 'node:zlib';
import { HeaderMap, type ApolloServer, type ContextFunction } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { ChpContext } from '../context';

/** Answers shorter than this go as they are: compressing them saves less than it costs. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * Brotli at its fastest, with a 256 kB window (2^18) and the answer's size given: the default 4 MB
 * window made each answer allocate a window it never filled (a register page of 20 kB: 48 µs
 * instead of 168 µs through a stream at the same quality, for the same 3.2 kB).
 */
const brotliOptions = (size: number): zlib.BrotliOptions => ({
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 1,
    [zlib.constants.BROTLI_PARAM_LGWIN]: 18,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
  },
});

export type Encoding = 'br' | 'gzip' | null;

/**
 * The encoding to answer in from an Accept-Encoding header: brotli or gzip, whichever the client
 * weighs more (brotli on a tie), or none; `q=0` refuses an encoding, `*` stands for any not named.
 */
export function answerEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (!coding) continue;
    let q = 1;
    for (const param of params) {
      const [key = '', value = ''] = param.split('=');
      if (key.trim().toLowerCase() === 'q') q = Number(value.trim());
    }
    weights.set(coding, Number.isFinite(q) ? q : 0);
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : null;
}

/**
 * /graphql over HTTP: Apollo Server's answer to the request, sent in one write (issue 19). A
 * complete answer over 1 kB is compressed in one call at the fastest level (brotli or gzip, as the
 * client accepts), with its length; no ETag (every answer is no-store). What
 * `@as-integrations/express5` did otherwise: a streamed compression per answer (a stream, a
 * thread-pool round trip and a chunk per write) and an ETag hashed over each body.
 */
export function graphqlHttp(
  apollo: ApolloServer<ChpContext>,
  context: ContextFunction<[{ req: Request; res: Response }], ChpContext>,
): RequestHandler {
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const query = req.url.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: query < 0 ? '' : req.url.slice(query),
        body: req.body as unknown,
      },
      context: () => context({ req, res }),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    res.setHeader('Vary', 'Accept-Encoding');
    if (answer.body.kind === 'complete') {
      const body = Buffer.from(answer.body.string, 'utf8');
      const encoding =
        body.length >= COMPRESS_FROM_BYTES ? answerEncoding(req.get('accept-encoding')) : null;
      const sent =
        encoding === 'br'
          ? zlib.brotliCompressSync(body, brotliOptions(body.length))
          : encoding === 'gzip'
            ? zlib.gzipSync(body, { level: 1 })
            : body;
      if (encoding) res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', sent.length);
      res.end(sent);
      return;
    }
    // an incremental answer (@defer): its parts as they come, uncompressed
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
