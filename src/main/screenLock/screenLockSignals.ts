/**
 * Electron's powerMonitor reports a locked screen on macOS and Windows only. On Linux the desktop
 * says it on D-Bus, in one of several dialects; these are the signals that mean "the screen has
 * just locked", with who sends them. Anything else on the bus is ignored.
 */
export interface BusSignal {
  type: number;
  path: string;
  interface: string;
  member: string;
  body: unknown[];
}

interface LockSignal {
  bus: 'session' | 'system';
  interface: string;
  member: string;
  /** Who sends it, for the reader of this list. */
  source: string;
  /** True when this message says the screen locked (not that it unlocked). */
  means(message: BusSignal, ownSession: string | undefined): boolean;
}

/** D-Bus message type of a signal (the wire value, as dbus-next reports it). */
export const SIGNAL_MESSAGE = 4;

const LOGIN1_SESSIONS = '/org/freedesktop/login1/session/';

/** `ActiveChanged(true)`: the screensaver interface most desktops implement. */
const activeChanged = (iface: string, source: string): LockSignal => ({
  bus: 'session',
  interface: iface,
  member: 'ActiveChanged',
  source,
  means: (message) => message.body[0] === true,
});

/** systemd-logind speaks for every desktop: `loginctl lock-session`, and lockers that set the hint. */
const isOwnSession = (path: string, ownSession: string | undefined) =>
  ownSession ? path === ownSession : path.startsWith(LOGIN1_SESSIONS);

export const SCREEN_LOCK_SIGNALS: readonly LockSignal[] = [
  activeChanged('org.gnome.ScreenSaver', 'GNOME Shell (Ubuntu, Fedora, Debian)'),
  activeChanged('org.freedesktop.ScreenSaver', 'KDE Plasma, LXQt and others'),
  activeChanged('org.cinnamon.ScreenSaver', 'Cinnamon (Linux Mint)'),
  activeChanged('org.mate.ScreenSaver', 'MATE'),
  activeChanged('org.xfce.ScreenSaver', 'Xfce'),
  {
    bus: 'system',
    interface: 'org.freedesktop.login1.Session',
    member: 'Lock',
    source: 'systemd-logind (loginctl lock-session, lock on lid close)',
    means: (message, ownSession) => isOwnSession(message.path, ownSession),
  },
  {
    bus: 'system',
    interface: 'org.freedesktop.DBus.Properties',
    member: 'PropertiesChanged',
    source: 'systemd-logind LockedHint, set by the screen locker',
    means: (message, ownSession) => {
      const [changedInterface, changed] = message.body;
      if (changedInterface !== 'org.freedesktop.login1.Session' || !isOwnSession(message.path, ownSession))
        return false;
      const hint = (changed as Record<string, { value?: unknown }> | undefined)?.LockedHint;
      return hint?.value === true;
    },
  },
];

/** The match rule that asks the bus daemon to deliver one kind of signal to us. */
export function matchRule(signal: LockSignal): string {
  const base = `type='signal',interface='${signal.interface}',member='${signal.member}'`;
  return signal.bus === 'system' ? `${base},path_namespace='/org/freedesktop/login1'` : base;
}

export function signalsOn(bus: LockSignal['bus']): readonly LockSignal[] {
  return SCREEN_LOCK_SIGNALS.filter((signal) => signal.bus === bus);
}

export function meansScreenLocked(bus: LockSignal['bus'], message: BusSignal, ownSession: string | undefined): boolean {
  if (message.type !== SIGNAL_MESSAGE) return false;
  return signalsOn(bus).some(
    (signal) =>
      signal.interface === message.interface && signal.member === message.member && signal.means(message, ownSession),
  );
}
