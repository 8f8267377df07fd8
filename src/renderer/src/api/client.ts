import {
  api,
  type EventName,
  type EventPayload,
  events,
  invokeResultSchema,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../../shared/api/contract';
import { PanohError } from '../../../shared/errors';

function bridge() {
  const panoh = window.panoh;
  if (!panoh) throw new PanohError('CORE_UNAVAILABLE');
  return panoh;
}

/**
 * The renderer's only way to the core. Inputs are typed from the contract; whatever comes back is
 * checked against the contract too, so a surprise from the other side becomes an error code
 * rather than undefined behaviour on screen.
 */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const raw = await bridge().invoke(method, input);
  const result = invokeResultSchema.safeParse(raw);
  if (!result.success) throw new PanohError('INTERNAL');
  if (!result.data.ok) throw PanohError.fromPayload(result.data.error);
  const output = api[method].output.safeParse(result.data.value);
  if (!output.success) throw new PanohError('INTERNAL');
  return output.data as MethodOutput<M>;
}

/** Subscribes to an event of the core; payloads that do not match the contract are dropped. */
export function onEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
  const panoh = window.panoh;
  if (!panoh) return () => {};
  return panoh.on(name, (payload) => {
    const parsed = events[name].safeParse(payload);
    if (parsed.success) listener(parsed.data as EventPayload<E>);
  });
}

/** Any failure as a PanohError, so the screen can always say something in the user's language. */
export function asPanohError(error: unknown): PanohError {
  return error instanceof PanohError ? error : new PanohError('INTERNAL');
}
