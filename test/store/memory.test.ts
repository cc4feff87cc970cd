import { ingest } from '../../src/facts/load.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import { describeStoreContract } from './contract.js';

describeStoreContract('in memory', () => ({ open: async (dir) => new MemoryFactStore(ingest(dir).facts) }));
