/**
 * npx tsx local/web/serve.ts [--port 3001] [--memory]
 *
 * The web simulator on its own, for working on the page: normally it is served by `npm start` (the
 * local server mounts it at /simulator). Uses the same persistent dialog store as `npm run dialog`
 * (.data/dialog) unless --memory is given.
 */
import '../simulator/quiet';
import { parseArgs } from 'node:util';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { openDialogStore, type DialogStore } from '../simulator/localSkill';
import { SIMULATOR_PATH, startWebSimulator } from './index';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '3001' },
      host: { type: 'string', default: '127.0.0.1' },
      memory: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad --port ${values.port}`);
  const opened: DialogStore = values.memory
    ? { store: new MemoryUserStore(), description: 'in-memory store', close: async () => {} }
    : await openDialogStore();
  const running = await startWebSimulator({ port, host: values.host, store: opened.store });
  process.stdout.write(`web simulator: ${running.url}${SIMULATOR_PATH} (store: ${opened.description})\n`);
  const stop = async () => {
    await running.close();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  process.stderr.write(`web simulator: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
