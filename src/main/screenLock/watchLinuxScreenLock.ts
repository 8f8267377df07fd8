import { Message, type MessageBus, sessionBus, systemBus } from 'dbus-next';
import { type BusSignal, matchRule, meansScreenLocked, signalsOn } from './screenLockSignals';

type BusName = 'session' | 'system';

export interface ScreenLockWatchOptions {
  onLock(): void;
  log(line: string): void;
  /** Opens a bus; tests hand in private buses. */
  connect?: Record<BusName, () => MessageBus>;
  pid?: number;
}

/** A bus that accepts the connection but never answers must not hold the start of the app. */
const SETUP_TIMEOUT_MS = 5_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const DBUS = { destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus' };

async function addMatch(bus: MessageBus, rule: string): Promise<void> {
  await bus.call(new Message({ ...DBUS, member: 'AddMatch', signature: 's', body: [rule] }));
}

/** Our own login session's object, so another user's lock does not count; undefined: any session. */
async function ownLoginSession(bus: MessageBus, pid: number): Promise<string | undefined> {
  try {
    const reply = await bus.call(
      new Message({
        destination: 'org.freedesktop.login1',
        path: '/org/freedesktop/login1',
        interface: 'org.freedesktop.login1.Manager',
        member: 'GetSessionByPID',
        signature: 'u',
        body: [pid],
      }),
    );
    const path = reply?.body[0];
    return typeof path === 'string' ? path : undefined;
  } catch {
    return undefined;
  }
}

async function listen(name: BusName, bus: MessageBus, options: ScreenLockWatchOptions): Promise<void> {
  let listening = false;
  // Before it listens, a bus error (no socket, refused) ends the setup at once; after, a bus that
  // goes away (logout, daemon restart) is only noted: it must not take the app with it.
  const failedToConnect = new Promise<never>((_resolve, reject) => {
    bus.on('error', (error: unknown) => {
      if (listening) options.log(`[main] screen-lock watch: the ${name} bus closed`);
      else reject(error);
    });
  });
  const setUp = async () => {
    await Promise.all(signalsOn(name).map((signal) => addMatch(bus, matchRule(signal))));
    return name === 'system' ? await ownLoginSession(bus, options.pid ?? process.pid) : undefined;
  };
  const ownSession = await Promise.race([setUp(), failedToConnect]);
  listening = true;
  bus.on('message', (message) => {
    if (meansScreenLocked(name, message as unknown as BusSignal, ownSession)) options.onLock();
  });
}

/**
 * Locks the vault when a Linux desktop locks its screen: listens on the session bus (the
 * screensaver's ActiveChanged) and the system bus (logind's Lock and LockedHint). Either bus may be
 * missing (a bare window manager, no logind); each one that answers is used, and a desktop that
 * announces nothing leaves the idle timer and sleep as the locks, as docs/security.md says.
 */
export async function watchLinuxScreenLock(options: ScreenLockWatchOptions): Promise<{ stop(): void }> {
  const connect = options.connect ?? { session: () => sessionBus(), system: () => systemBus() };
  const buses: MessageBus[] = [];
  await Promise.all(
    (['session', 'system'] as const).map(async (name) => {
      let bus: MessageBus | undefined;
      try {
        bus = connect[name]();
        await withTimeout(listen(name, bus, options), SETUP_TIMEOUT_MS);
        buses.push(bus);
      } catch {
        bus?.disconnect();
        options.log(`[main] screen-lock watch: no ${name} bus`);
      }
    }),
  );
  return {
    stop() {
      for (const bus of buses) bus.disconnect();
    },
  };
}
