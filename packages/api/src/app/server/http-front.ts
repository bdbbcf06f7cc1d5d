import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import type { Log } from '../../log';
import { buildChpSchema } from '../schema';
import { createApp } from './app';

/** One process's HTTP server for /graphql, the dashboard and the public site. */
export interface HttpFront {
  port: number;
  /** Drains the requests in flight and closes the server. */
  stop(): Promise<void>;
}

/** Builds the schema and the app over `dataSource` and listens on the configured port. */
export async function serveHttp(
  config: Config,
  dataSource: DataSource,
  log: Log,
): Promise<HttpFront> {
  const httpServer = http.createServer();
  const { app, apollo } = await createApp({
    dataSource,
    schema: await buildChpSchema(),
    webDist: config.webDist,
    log,
    httpServer,
  });
  httpServer.on('request', app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, () => resolve());
  });
  return {
    port: (httpServer.address() as AddressInfo).port,
    stop: () => apollo.stop(), // drains and closes the HTTP server
  };
}
