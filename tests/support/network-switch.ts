// A TCP pass-through in front of the stand-in, one per browser profile, so a test can take one member offline
// while the other stays online (the stand-in's own `down` fault would cut everyone).
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface NetworkSwitch {
  /** The project URL this profile uses: same stand-in, its own line. */
  url: string;
  setOnline(online: boolean): void;
  close(): Promise<void>;
}

export async function networkSwitch(targetUrl: string): Promise<NetworkSwitch> {
  const target = new URL(targetUrl);
  let online = true;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    if (!online) return client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setOnline(next) {
      online = next;
      // Keep-alive connections would carry on past the cut: drop them too.
      if (!next) for (const socket of open) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
