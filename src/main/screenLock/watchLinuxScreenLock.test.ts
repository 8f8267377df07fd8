import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Message, type MessageBus, sessionBus, Variant } from 'dbus-next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { meansScreenLocked, SIGNAL_MESSAGE } from './screenLockSignals';
import { watchLinuxScreenLock } from './watchLinuxScreenLock';

/**
 * Two private D-Bus daemons (Debian's dbus-daemon) stand in for the desktop's session bus and the
 * system bus; a second client on each plays the screensaver or logind and sends the real signals.
 */
let dir: string;
const daemons: ChildProcess[] = [];
const addresses: Record<'session' | 'system', string> = { session: '', system: '' };

async function startBus(name: 'session' | 'system'): Promise<string> {
  const config = join(dir, `${name}.conf`);
  writeFileSync(
    config,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>${name}</type>
  <listen>unix:path=${join(dir, `${name}.socket`)}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>`,
  );
  const daemon = spawn('dbus-daemon', ['--config-file', config, '--nofork', '--print-address'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  daemons.push(daemon);
  const [line] = await createInterface({ input: daemon.stdout as NodeJS.ReadableStream })
    [Symbol.asyncIterator]()
    .next()
    .then((first) => [String(first.value)]);
  return (line ?? '').trim();
}

const open = (address: string): MessageBus => sessionBus({ busAddress: address });

function signal(bus: MessageBus, path: string, iface: string, member: string, signature = '', body: unknown[] = []) {
  bus.send(Message.newSignal(path, iface, member, signature, body));
}

/** Lets the signal cross both sockets. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'panoh-dbus-'));
  addresses.session = await startBus('session');
  addresses.system = await startBus('system');
}, 20_000);

afterAll(() => {
  for (const daemon of daemons) daemon.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Linux screen-lock watch', () => {
  it('locks when GNOME, KDE or logind says the screen locked, and not when it unlocks', async () => {
    const onLock = vi.fn();
    const log = vi.fn();
    const watch = await watchLinuxScreenLock({
      onLock,
      log,
      connect: { session: () => open(addresses.session), system: () => open(addresses.system) },
    });
    const desktop = open(addresses.session);
    const logind = open(addresses.system);
    try {
      signal(desktop, '/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [false]);
      signal(desktop, '/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'SomethingElse', 'b', [true]);
      await settle();
      expect(onLock).not.toHaveBeenCalled();

      signal(desktop, '/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [true]);
      await settle();
      expect(onLock).toHaveBeenCalledTimes(1);

      signal(desktop, '/ScreenSaver', 'org.freedesktop.ScreenSaver', 'ActiveChanged', 'b', [true]);
      await settle();
      expect(onLock).toHaveBeenCalledTimes(2);

      // No logind answers GetSessionByPID on this bus, so any session's lock counts.
      signal(logind, '/org/freedesktop/login1/session/_32', 'org.freedesktop.login1.Session', 'Lock');
      await settle();
      expect(onLock).toHaveBeenCalledTimes(3);

      signal(
        logind,
        '/org/freedesktop/login1/session/_32',
        'org.freedesktop.DBus.Properties',
        'PropertiesChanged',
        'sa{sv}as',
        ['org.freedesktop.login1.Session', { LockedHint: new Variant('b', true) }, []],
      );
      await settle();
      expect(onLock).toHaveBeenCalledTimes(4);
      expect(log).not.toHaveBeenCalled();
    } finally {
      desktop.disconnect();
      logind.disconnect();
      watch.stop();
    }
  });

  it('carries on without a bus that is not there, saying which', async () => {
    const log = vi.fn();
    const watch = await watchLinuxScreenLock({
      onLock: vi.fn(),
      log,
      connect: { session: () => open(addresses.session), system: () => open(`unix:path=${join(dir, 'absent')}`) },
    });
    expect(log).toHaveBeenCalledWith('[main] screen-lock watch: no system bus');
    expect(log).toHaveBeenCalledTimes(1);
    watch.stop();
  });
});

describe('which signals mean a locked screen', () => {
  const lock = { type: SIGNAL_MESSAGE, path: '/org/freedesktop/login1/session/_32' };

  it("counts logind's signals for this session only, once it is known", () => {
    const message = { ...lock, interface: 'org.freedesktop.login1.Session', member: 'Lock', body: [] };
    expect(meansScreenLocked('system', message, '/org/freedesktop/login1/session/_32')).toBe(true);
    expect(meansScreenLocked('system', message, '/org/freedesktop/login1/session/c7')).toBe(false);
    expect(meansScreenLocked('session', message, undefined)).toBe(false);
  });

  it('ignores LockedHint turning false and properties of other interfaces', () => {
    const changed = (iface: string, value: boolean) => ({
      ...lock,
      interface: 'org.freedesktop.DBus.Properties',
      member: 'PropertiesChanged',
      body: [iface, { LockedHint: { value } }, []],
    });
    expect(meansScreenLocked('system', changed('org.freedesktop.login1.Session', false), undefined)).toBe(false);
    expect(meansScreenLocked('system', changed('org.freedesktop.login1.User', true), undefined)).toBe(false);
    expect(meansScreenLocked('system', changed('org.freedesktop.login1.Session', true), undefined)).toBe(true);
  });
});
