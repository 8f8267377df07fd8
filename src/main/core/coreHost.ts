/**
 * Entry of the core's utility process (forked by coreProcess.ts with Electron's utilityProcess).
 * The vault, its key and every SQL query live here, off the main process, so a long job never
 * freezes the window and a crash here is a restart, not a dead app.
 */
import { startCoreHost } from './coreHostLogic';

startCoreHost(process.parentPort);
