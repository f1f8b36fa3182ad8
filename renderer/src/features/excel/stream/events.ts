/**
 * The part of Node's `events` module that readable-stream (inside exceljs's streaming
 * writer) uses, for the browser build: Vite does not polyfill Node's core modules and no
 * `events` package is installed. vite.config.ts points `events` here. A constructor
 * function, not a class: readable-stream calls `EventEmitter.call(this)`.
 */
type Listener = (...args: unknown[]) => void;

interface Emitter {
  _handlers?: Map<string | symbol, Listener[]>;
}

function handlers(emitter: Emitter, event: string | symbol): Listener[] {
  emitter._handlers ??= new Map();
  let list = emitter._handlers.get(event);
  if (!list) {
    list = [];
    emitter._handlers.set(event, list);
  }
  return list;
}

/** Node's EventEmitter, as far as readable-stream needs it. */
export function EventEmitter(this: Emitter): void {
  this._handlers = new Map();
}

function onceWrapper(emitter: Emitter, event: string | symbol, listener: Listener): Listener {
  const wrapped: Listener & { listener?: Listener } = (...args) => {
    removeListener.call(emitter, event, wrapped);
    listener.apply(emitter, args);
  };
  wrapped.listener = listener;
  return wrapped;
}

function on(this: Emitter, event: string | symbol, listener: Listener): Emitter {
  handlers(this, event).push(listener);
  return this;
}

function removeListener(this: Emitter, event: string | symbol, listener: Listener): Emitter {
  const list = handlers(this, event);
  const i = list.findIndex((l) => l === listener || (l as Listener & { listener?: Listener }).listener === listener);
  if (i >= 0) list.splice(i, 1);
  return this;
}

Object.assign(EventEmitter.prototype, {
  on,
  addListener: on,
  removeListener,
  off: removeListener,
  prependListener(this: Emitter, event: string | symbol, listener: Listener): Emitter {
    handlers(this, event).unshift(listener);
    return this;
  },
  once(this: Emitter, event: string | symbol, listener: Listener): Emitter {
    handlers(this, event).push(onceWrapper(this, event, listener));
    return this;
  },
  prependOnceListener(this: Emitter, event: string | symbol, listener: Listener): Emitter {
    handlers(this, event).unshift(onceWrapper(this, event, listener));
    return this;
  },
  removeAllListeners(this: Emitter, event?: string | symbol): Emitter {
    if (event === undefined) this._handlers = new Map();
    else this._handlers?.delete(event);
    return this;
  },
  emit(this: Emitter, event: string | symbol, ...args: unknown[]): boolean {
    const list = [...handlers(this, event)];
    if (event === 'error' && list.length === 0) throw args[0] instanceof Error ? args[0] : new Error(String(args[0]));
    for (const l of list) l.apply(this, args);
    return list.length > 0;
  },
  listeners(this: Emitter, event: string | symbol): Listener[] {
    return handlers(this, event).map((l) => (l as Listener & { listener?: Listener }).listener ?? l);
  },
  listenerCount(this: Emitter, event: string | symbol): number {
    return handlers(this, event).length;
  },
  setMaxListeners(this: Emitter): Emitter {
    return this;
  },
});

export default EventEmitter;
