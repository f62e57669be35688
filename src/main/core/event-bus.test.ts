import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../shared/contract';
import { EventBus } from './event-bus';

describe('EventBus', () => {
  it('delivers events to every subscriber until it unsubscribes', () => {
    const bus = new EventBus();
    const first: EventMessage[] = [];
    const second: EventMessage[] = [];
    const stopFirst = bus.subscribe((message) => first.push(message));
    bus.subscribe((message) => second.push(message));
    bus.emit('ui.navigate', { page: 'sql' });
    stopFirst();
    bus.emit('ui.navigate', { page: 'reports' });
    expect(first).toEqual([{ name: 'ui.navigate', payload: { page: 'sql' } }]);
    expect(second.map((message) => message.payload)).toEqual([{ page: 'sql' }, { page: 'reports' }]);
    expect(bus.listenerCount).toBe(1);
  });

  it('refuses a payload that breaks the contract where it is emitted', () => {
    const bus = new EventBus();
    // The cast stands in for a caller that bypassed the types.
    expect(() => bus.emit('ui.navigate', { page: 'checkout' } as never)).toThrow();
  });
});
